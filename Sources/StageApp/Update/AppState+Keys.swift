import StageRender

extension AppState {
  /// Routes a key to the overlay on top, or to the focused pane and then the global bindings.
  mutating func handleKey(_ event: KeyEvent) -> [Effect] {
    if event.modifiers.contains(.ctrl), overlay.keyContext != nil, keys.action(for: event, in: .global) == .quit {
      if case .confirmQuit = overlay {
        exitCode = 0
        return [.quit(exitCode: 0)]
      }
      overlay = .none
      return perform(.quit)
    }
    switch overlay {
    case .none:
      guard let action = keys.action(for: event, in: [focus.keyContext, .global]) else { return [] }
      return perform(action)
    case .help(let scroll):
      switch keys.action(for: event, in: .help) {
      case .cancel: overlay = .none
      case .up: overlay = .help(scroll: max(0, scroll - 1))
      case .down: overlay = .help(scroll: scroll + 1)
      default: break
      }
      return []
    case .swapPicker(let picker):
      return handlePickerKey(event, picker: picker)
    case .targetPicker(let list):
      return handleTargetKey(event, list: list)
    case .filter(var field):
      switch keys.action(for: event, in: .prompt) {
      case .select:
        overlay = .none
      case .cancel:
        overlay = .none
        filter = ""
        refreshLayout()
      default:
        guard field.handle(event) else { return [] }
        overlay = .filter(field)
        filter = field.text
        layerList = ListState(selected: 0)
        refreshLayout()
      }
      return []
    case .exportDiff(var diff):
      switch keys.action(for: event, in: .diff) {
      case .up:
        diff.scroll(by: -1)
        overlay = .exportDiff(diff)
      case .down:
        diff.scroll(by: 1)
        overlay = .exportDiff(diff)
      case .write: overlay = .exportPath(TextInputState(text: exportPath))
      case .cancel: overlay = .none
      default: break
      }
      return []
    case .exportPath(var field):
      switch keys.action(for: event, in: .prompt) {
      case .select:
        let path = field.text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return [] }
        exportPath = path
        return [.writeFile(path: path, bytes: document.editedBytes, overwrite: false)]
      case .cancel:
        overlay = .exportDiff(ExportDiff(document: document))
      default:
        if field.handle(event) { overlay = .exportPath(field) }
      }
      return []
    case .confirmOverwrite(let path):
      switch keys.action(for: event, in: .prompt) {
      case .confirm:
        return [.writeFile(path: path, bytes: document.editedBytes, overwrite: true)]
      case .deny, .cancel:
        overlay = .exportPath(TextInputState(text: path))
      default: break
      }
      return []
    case .confirmQuit:
      switch keys.action(for: event, in: .prompt) {
      case .confirm:
        exitCode = 0
        return [.quit(exitCode: 0)]
      case .deny, .cancel:
        overlay = .none
      default: break
      }
      return []
    }
  }

  /// Does a pane or global action.
  mutating func perform(_ action: KeyAction) -> [Effect] {
    switch action {
    case .quit:
      if hasUnsavedEdits {
        overlay = .confirmQuit
        return []
      }
      exitCode = 0
      return [.quit(exitCode: 0)]
    case .help:
      overlay = .help(scroll: 0)
    case .nextPane:
      focus = focus.next
    case .previousPane:
      focus = focus.previous
    case .filter:
      overlay = .filter(TextInputState(text: filter))
    case .cancel:
      if !filter.isEmpty {
        filter = ""
        refreshLayout()
      }
    case .chooseTarget:
      let current = document.graph.targetIndex ?? max(0, document.graph.stages.count - 1)
      overlay = .targetPicker(ListState(selected: current))
    case .swap:
      return openSwapPicker()
    case .undo:
      guard document.swaps.canUndo else {
        note = StatusNote("nothing to undo", role: .textDim)
        return []
      }
      document.changeSwaps { $0.undo() }
      note = StatusNote("undone", role: .textDim)
      return documentChanged()
    case .redo:
      guard document.swaps.canRedo else {
        note = StatusNote("nothing to redo", role: .textDim)
        return []
      }
      document.changeSwaps { $0.redo() }
      note = StatusNote("redone", role: .textDim)
      return documentChanged(engineReferences: document.swaps.swaps.map(\.imageText))
    case .export:
      guard document.isEdited else {
        note = StatusNote("nothing to export: no base is swapped (press s on a stage)", role: .textDim)
        return []
      }
      overlay = .exportDiff(ExportDiff(document: document))
    default:
      navigate(action)
    }
    return []
  }

  private mutating func handleTargetKey(_ event: KeyEvent, list: ListState) -> [Effect] {
    let count = document.graph.stages.count
    switch keys.action(for: event, in: .picker) {
    case .up: overlay = .targetPicker(list.moved(by: -1, count: count))
    case .down: overlay = .targetPicker(list.moved(by: 1, count: count))
    case .cancel: overlay = .none
    case .select:
      overlay = .none
      guard let index = list.selected, index < count else { return [] }
      let stage = document.graph.stages[index]
      let target: String?
      if let name = stage.writtenName {
        target = name
      } else if index == count - 1 {
        target = nil
      } else {
        note = StatusNote("\(stage.displayName) has no name; docker build --target needs one", role: .diagnosticWarning)
        return []
      }
      document.setTarget(target)
      selectedStage = index
      var effects = documentChanged()
      effects += sizeEffects(includeBaseline: true).filter {
        if case .measureSizes(let job) = $0, case .baseline = job.purpose { return true }
        return false
      }
      note = StatusNote("target: \(stage.displayName)", role: .stageTarget)
      return effects
    default: break
    }
    return []
  }
}
