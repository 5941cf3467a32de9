import BaseImageCatalog
import StageAnalysis
import StageRender

extension AppState {
  /// Opens the swap picker on the selected stage with the judged candidates, and asks for projections.
  mutating func openSwapPicker() -> [Effect] {
    guard selectedStage < document.graph.stages.count else { return [] }
    let stage = document.graph.stages[selectedStage]
    let original = document.originalGraph.stages[selectedStage]
    let currentText = stage.base.expanded ?? stage.base.written
    var choices: [SwapChoice] = []
    if document.swaps[selectedStage] != nil {
      choices.append(SwapChoice(image: nil, relation: "original: " + original.base.written, verdicts: []))
    }
    let candidates = BaseCandidates(
      stage: selectedStage, dockerfile: document.edited, configuration: document.configuration, catalog: catalog)
    for candidate in candidates.candidates where candidate.imageText != currentText {
      choices.append(
        SwapChoice(
          image: candidate.imageText, relation: candidate.relation?.rawValue ?? "typed", verdicts: candidate.verdicts,
          note: candidate.note, catalogDelta: candidate.deltaBytes))
    }
    var picker = SwapPicker(stage: selectedStage, currentBase: currentText, choices: choices)
    picker.emptyReason = candidates.emptyReason
    picker.isBuildStage = candidates.isBuildStage
    var effects = projectionEffects(for: &picker)
    overlay = .swapPicker(picker)
    effects += lookUpEffects(choices.compactMap(\.image))
    return effects
  }

  /// Projects `choices` (all of the picker's when nil), one job each so answers arrive one by one:
  /// the swap over the edited file by `SwapAnalysis` with the runner's sizing (measured records included).
  func projectionEffects(for picker: inout SwapPicker, choices: [SwapChoice]? = nil) -> [Effect] {
    var effects: [Effect] = []
    for choice in choices ?? picker.choices {
      let input: SizeJob.Input
      if let image = choice.image {
        guard let swap = try? BaseImageSwap(stage: picker.stage, imageText: image) else { continue }
        input = SizeJob.Input(key: choice.key, bytes: document.editedBytes, swap: swap)
      } else {
        guard let bytes = try? document.trying({ $0.remove(stage: picker.stage) }).get() else { continue }
        input = SizeJob.Input(key: choice.key, bytes: bytes)
      }
      picker.asked.insert(choice.key)
      picker.pending.insert(choice.key)
      effects.append(
        .measureSizes(
          SizeJob(
            purpose: .candidates(stage: picker.stage, revision: document.revision, keys: [choice.key]),
            inputs: [input], configuration: document.configuration, measured: measured)))
    }
    return effects
  }

  /// A tick while the picker is open: once typing has paused, projects the typed reference and asks the
  /// engine about it.
  mutating func pickerTick() -> [Effect] {
    guard case .swapPicker(var picker) = overlay, let waiting = picker.typedWaiting else { return [] }
    picker.quietTicks += 1
    guard picker.quietTicks >= SwapPicker.typingPause else {
      overlay = .swapPicker(picker)
      return []
    }
    picker.typedWaiting = nil
    guard waiting == picker.typedReference else {
      overlay = .swapPicker(picker)
      return []
    }
    do {
      _ = try BaseImageSwap(stage: picker.stage, imageText: waiting)
    } catch {
      picker.problem = error.description
      overlay = .swapPicker(picker)
      return []
    }
    let typed = SwapChoice(image: waiting, relation: "typed", verdicts: picker.typedVerdicts)
    var effects = projectionEffects(for: &picker, choices: [typed])
    overlay = .swapPicker(picker)
    effects += lookUpEffects([waiting])
    return effects
  }

  /// Engine look-ups of references neither asked for nor known, when the engine is on.
  mutating func lookUpEffects(_ references: [String]) -> [Effect] {
    let fresh = references.filter { !pendingLookups.contains($0) && measured.bases[$0] == nil }
    guard engineEnabled, !fresh.isEmpty else { return [] }
    pendingLookups.formUnion(fresh)
    lookupsAsked += fresh.count
    return [.lookUpImages(fresh)]
  }

  /// Keys in the picker: move, apply, close; anything else edits the reference field.
  mutating func handlePickerKey(_ event: KeyEvent, picker: SwapPicker) -> [Effect] {
    var picker = picker
    let count = picker.visibleChoices.count
    switch keys.action(for: event, in: .picker) {
    case .up:
      picker.list = picker.list.moved(by: -1, count: count)
    case .down:
      picker.list = picker.list.moved(by: 1, count: count)
    case .cancel:
      overlay = .none
      return []
    case .select:
      guard let choice = picker.selectedChoice else { return [] }
      return apply(choice, picker: &picker)
    default:
      guard picker.query.handle(event) else { return [] }
      picker.list = ListState(selected: 0)
      picker.problem = nil
      picker.typedVerdicts = typedVerdicts(picker)
      picker.quietTicks = 0
      let typed = picker.typedReference
      picker.typedWaiting = typed.flatMap { picker.asked.contains($0) ? nil : $0 }
    }
    overlay = .swapPicker(picker)
    return []
  }

  private mutating func apply(_ choice: SwapChoice, picker: inout SwapPicker) -> [Effect] {
    let stage = picker.stage
    let before = sizes?.finalImage
    guard let image = choice.image else {
      document.changeSwaps { $0.remove(stage: stage) }
      overlay = .none
      note = StatusNote("stage \(stageName(stage)): original base restored", role: .swapChanged)
      return documentChanged()
    }
    let swap: BaseImageSwap
    do {
      swap = try BaseImageSwap(stage: stage, imageText: image)
    } catch {
      picker.problem = error.description
      overlay = .swapPicker(picker)
      return []
    }
    if case .failure(let error) = document.trying({ $0.set(swap) }) {
      picker.problem = error.description
      overlay = .swapPicker(picker)
      return []
    }
    document.changeSwaps { $0.set(swap) }
    overlay = .none
    var text = "stage \(stageName(stage)): \(picker.currentBase) ⇄ \(image)"
    if let projected = picker.projections[choice.key], projected.isKnown, let before = picker.unswapped ?? before,
      before.isKnown
    {
      text += " (final \(SizeText.bytes(projected.bytes)), \(SizeText.delta(projected.bytes - before.bytes)))"
    }
    note = StatusNote(text, role: .swapChanged)
    if let worst = choice.verdicts.map(\.level).max(), worst != .ok {
      note = StatusNote(text + " — " + worst.rawValue, role: worst == .breaks ? .verdictBreaks : .verdictWarning)
    }
    return documentChanged(engineReferences: [image])
  }

  func stageName(_ index: Int) -> String {
    index < document.graph.stages.count ? document.graph.stages[index].displayName : "stage-\(index)"
  }

  /// Findings for the reference typed in the picker: the swap judged against the edited file.
  private func typedVerdicts(_ picker: SwapPicker) -> [SwapVerdict] {
    let typed = picker.query.text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty, let swap = try? BaseImageSwap(stage: picker.stage, imageText: typed),
      let analysis = try? SwapAnalysis(
        dockerfile: document.edited, configuration: document.configuration, swaps: SwapSet([swap]), catalog: catalog)
    else { return [] }
    return analysis.verdicts
  }
}
