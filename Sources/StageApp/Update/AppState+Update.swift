import StageAnalysis
import StageRender

extension AppState {
  /// The effects to run once at start: size the file (edited and as read) and, when `engine` is on,
  /// ask the engine about every external base image.
  public mutating func start(engine: Bool) -> [Effect] {
    refreshLayout()
    var effects = sizeEffects(includeBaseline: true)
    engineEnabled = engine
    if engine {
      let references = externalReferences()
      pendingLookups = Set(references)
      lookupsAsked = references.count
      if !references.isEmpty { effects.append(.lookUpImages(references)) }
    }
    return effects
  }

  /// Applies `message` and returns the effects it asks for. Never does I/O.
  public mutating func update(_ message: Message) -> [Effect] {
    switch message {
    case .key(let event):
      note = nil
      return handleKey(event)
    case .mouse(let event):
      return handleMouse(event)
    case .resize(let newWidth, let newHeight):
      width = max(0, newWidth)
      height = max(0, newHeight)
      revealSelection()
      return []
    case .tick:
      if isBusy { spinnerFrame += 1 }
      return pickerTick()
    case .sized(let purpose, let reports):
      receiveSizes(purpose, reports)
      return []
    case .imageLookedUp(let reference, let lookup):
      pendingLookups.remove(reference)
      switch lookup {
      case .found(let record):
        lookupsFound += 1
        measured.bases[reference] = record
        var effects = sizeEffects(includeBaseline: true)
        if case .swapPicker(var picker) = overlay {
          effects += projectionEffects(for: &picker, choices: picker.choices + picker.typedChoices)
          overlay = .swapPicker(picker)
        }
        return effects
      case .notFound, .unavailable:
        return []
      }
    case .fileWritten(let path):
      lastWritten = document.editedBytes
      overlay = .none
      note = StatusNote("wrote \(path)", role: .verdictOK)
      return []
    case .writeFailed(let path, let reason, let exists):
      if exists {
        overlay = .confirmOverwrite(path: path)
      } else {
        overlay = .none
        note = StatusNote("cannot write \(path): \(reason)", role: .diagnosticError)
      }
      return []
    }
  }

  /// The size computations for the current revision (and for the file as read, when asked).
  mutating func sizeEffects(includeBaseline: Bool) -> [Effect] {
    var effects: [Effect] = [
      .measureSizes(
        SizeJob(
          purpose: .current(revision: document.revision),
          inputs: [SizeJob.Input(key: "current", bytes: document.editedBytes)],
          configuration: document.configuration, measured: measured))
    ]
    if includeBaseline {
      effects.append(
        .measureSizes(
          SizeJob(
            purpose: .baseline(target: document.configuration.target),
            inputs: [SizeJob.Input(key: "baseline", bytes: document.original.source.bytes)],
            configuration: document.configuration, measured: measured)))
    }
    return effects
  }

  private mutating func receiveSizes(_ purpose: SizePurpose, _ reports: [String: SizeReport]) {
    switch purpose {
    case .current(let revision):
      guard revision == document.revision, let report = reports["current"] else { return }
      sizes = report
      sizesRevision = revision
      sizesGeneration += 1
      refreshLayout()
    case .baseline(let target):
      guard target == document.configuration.target, let report = reports["baseline"] else { return }
      baseline = report
      sizesGeneration += 1
    case .candidates(let stage, let revision, let keys):
      guard revision == document.revision, case .swapPicker(var picker) = overlay, picker.stage == stage else {
        return
      }
      for key in keys {
        picker.pending.remove(key)
        if let final = reports[key]?.finalImage { picker.projections[key] = final }
      }
      if let unswapped = reports[SizeJob.unswappedKey]?.finalImage { picker.unswapped = unswapped }
      let answeredChoice = keys.contains { key in picker.choices.contains { $0.key == key } }
      if answeredChoice && picker.pending.isDisjoint(with: picker.choices.map(\.key)) {
        picker.sortByProjection()
      }
      overlay = .swapPicker(picker)
    }
  }

  /// External base images of the edited file, as their `FROM` lines resolve them.
  func externalReferences() -> [String] {
    var references: [String] = []
    for stage in document.graph.stages {
      guard case .image = stage.base.kind else { continue }
      let reference = stage.base.expanded ?? stage.base.written
      if !references.contains(reference) { references.append(reference) }
    }
    return references
  }

  /// Rebuilds the graph layout when what it depends on changed, and keeps the selection in view.
  mutating func refreshLayout() {
    let key = GraphCache.Key(
      revision: document.revision, sizesRevision: sizesRevision, sizesGeneration: sizesGeneration, filter: filter,
      target: document.configuration.target)
    if graphCache?.key != key {
      let layout = StageGraphDrawing.make(document: document, sizes: sizes, filter: filter)
      graphCache = GraphCache(key: key, layout: layout)
    }
    selectedStage = max(0, min(selectedStage, document.graph.stages.count - 1))
    revealSelection()
  }

  /// Scrolls the graph so the selected stage's box is visible.
  mutating func revealSelection() {
    guard let layout = graphCache?.layout, let rect = layout.rect(of: AppState.nodeID(stage: selectedStage)) else {
      return
    }
    let viewport = AppLayout(width: width, height: height).graph.inset(by: 1)
    let offset = GraphView.scroll(
      toReveal: rect, viewportWidth: viewport.width, viewportHeight: viewport.height,
      from: (graphScrollX, graphScrollY))
    graphScrollX = offset.x
    graphScrollY = offset.y
  }

  /// Called after the swaps or the target changed: new layout, new sizes, engine look-ups of new images.
  mutating func documentChanged(engineReferences: [String] = []) -> [Effect] {
    refreshLayout()
    layerList = ListState(selected: 0)
    return sizeEffects(includeBaseline: false) + lookUpEffects(engineReferences)
  }
}
