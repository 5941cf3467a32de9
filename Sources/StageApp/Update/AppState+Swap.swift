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
    overlay = .swapPicker(picker)
    return projectionEffects(for: picker)
  }

  /// Sizes the file with each choice applied.
  func projectionEffects(for picker: SwapPicker) -> [Effect] {
    var inputs: [SizeJob.Input] = []
    for choice in picker.choices {
      if let bytes = bytes(for: choice, stage: picker.stage) {
        inputs.append(SizeJob.Input(key: choice.key, bytes: bytes))
      }
    }
    guard !inputs.isEmpty else { return [] }
    return [
      .measureSizes(
        SizeJob(
          purpose: .candidates(stage: picker.stage, revision: document.revision), inputs: inputs,
          configuration: document.configuration, measured: measured))
    ]
  }

  private func bytes(for choice: SwapChoice, stage: Int) -> [UInt8]? {
    guard let image = choice.image else {
      return try? document.trying { $0.remove(stage: stage) }.get()
    }
    guard let swap = try? BaseImageSwap(stage: stage, imageText: image) else { return nil }
    return try? document.trying { $0.set(swap) }.get()
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
    if let projected = picker.projections[choice.key], let before {
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
