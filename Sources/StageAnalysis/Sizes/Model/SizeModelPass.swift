import BaseImageCatalog
import DockerfileInstructions

/// One run of the size model over a stage graph: stages in file order, each instruction in turn,
/// with a per-stage file model so `COPY --from` can follow what the source stage holds.
struct SizeModelPass {
  let model: SizeModel
  let graph: StageGraph
  let measured: MeasuredImages
  /// The build context's ignore file, read; nil without a context.
  let preparedContext: PreparedMeasurer?
  /// The measurer of the build context, made by the first `COPY`/`ADD` that reads the context.
  private var madeMeasurer: ContextMeasurer?
  let expander: ShellWordExpander
  var diagnostics: [String] = []
  /// Finished stages, by index.
  var stages: [StageSizes] = []
  /// Each finished stage's file model.
  var files: [StageFiles] = []
  /// Each finished stage's working directory at its end.
  var workdirs: [String] = []
  /// Figures read from stage records: stage index -> command index -> (figure, empty layer).
  var measuredLayers: [Int: [Int: (ByteFigure, Bool)]] = [:]
  /// Base image figures read from the oldest entries of a stage record, by root stage index.
  var measuredRootBases: [Int: ByteFigure] = [:]
  /// Stage totals read from stage records.
  var measuredTotals: [Int: ByteFigure] = [:]

  init(
    model: SizeModel, graph: StageGraph, context: (any BuildContext)?, dockerfilePath: String?,
    measured: MeasuredImages, escapeToken: UInt8
  ) {
    self.model = model
    expander = ShellWordExpander(escapeByte: escapeToken)
    self.graph = graph
    self.measured = measured
    if let context {
      let prepared = ContextMeasurer.prepare(forDockerfileAt: dockerfilePath, in: context)
      if let error = prepared.ignoreError {
        diagnostics.append(".dockerignore: \(error); the context is read without it")
      }
      preparedContext = prepared
    } else {
      preparedContext = nil
    }
  }

  /// The measurer of the build context (nil without one), made on first need: most Dockerfiles
  /// copy nothing from the context, and they need not pay for a walk.
  mutating func measurer() -> ContextMeasurer? {
    if let madeMeasurer { return madeMeasurer }
    madeMeasurer = preparedContext?.measurer()
    return madeMeasurer
  }

  mutating func run() -> [StageSizes] {
    alignRecords()
    stages.reserveCapacity(graph.stages.count)
    files.reserveCapacity(graph.stages.count)
    workdirs.reserveCapacity(graph.stages.count)
    for stage in graph.stages {
      let (sizes, stageFiles, workdir) = size(stage)
      stages.append(sizes)
      files.append(stageFiles)
      workdirs.append(workdir)
    }
    return stages
  }

  /// The stages a stage is built on, root first, ending with the stage itself.
  func chain(of index: Int) -> [GraphStage] {
    var result = [graph.stages[index]]
    var seen: Set<Int> = [index]
    while let base = result[0].base.stageIndex, base < graph.stages.count, seen.insert(base).inserted {
      result.insert(graph.stages[base], at: 0)
    }
    return result
  }

  /// The external image a stage's chain starts from, if any.
  func rootImage(of index: Int) -> ImageReference? {
    var root = index
    var seen = [index]
    while let base = graph.stages[root].base.stageIndex, base < graph.stages.count, !seen.contains(base) {
      seen.append(base)
      root = base
    }
    return graph.stages[root].base.image
  }

  /// What the size kind of the report calls a figure.
  var kind: SizeKind { model.sizeKind }

  // MARK: - One stage

  private mutating func size(_ stage: GraphStage) -> (StageSizes, StageFiles, String) {
    var state = StageState(stageIndex: stage.index)
    if let base = stage.base.stageIndex, base < files.count {
      state.files = files[base]
      state.workdir = workdirs[base]
    } else if let image = stage.base.image {
      state.files.writeOpaque(.baseImage(image.written))
    }
    let fromFigure = baseFigure(of: stage)
    state.layers.reserveCapacity(stage.commands.count + 1)
    state.layers.append(
      LayerSize(
        line: stage.line, keyword: "FROM", instruction: stage.from.instruction.original, figure: fromFigure,
        isEmptyLayer: false))
    let measuredHere = measuredLayers.isEmpty ? nil : measuredLayers[stage.index]
    for (offset, command) in stage.commands.enumerated() {
      var modelled = layer(for: command, in: &state)
      if kind != .content && !modelled.isEmptyLayer {
        modelled.figure = .unknown(
          kind: kind,
          basis: "unknown: only measured \(kind.rawValue) bytes are known for layers; the model works in content bytes")
      }
      var figure = modelled.figure
      var empty = modelled.isEmptyLayer
      let instruction = command.instruction.instruction
      if let (measuredFigure, measuredEmpty) = measuredHere?[offset] {
        figure = measuredFigure
        empty = measuredEmpty
        state.refineLastWrites(with: measuredFigure, line: instruction.startLine)
      }
      state.layers.append(
        LayerSize(
          line: instruction.startLine, keyword: command.instruction.name, instruction: instruction.original,
          figure: figure, isEmptyLayer: empty))
    }
    let sum = ByteFigure.sum(of: state.layers.lazy.map(\.figure), kind: kind, basis: Self.sumBasis(state.layers.count - 1))
    let total = measuredTotals[stage.index] ?? sum
    let sizes = StageSizes(
      index: stage.index, name: stage.name, base: stage.base.expanded ?? stage.base.written,
      baseStageIndex: stage.base.stageIndex, isReachable: stage.isReachable, isTarget: stage.isTarget,
      layers: state.layers, total: total)
    return (sizes, state.files, state.workdir)
  }

  /// The basis of a stage's total over `count` instructions.
  private static func sumBasis(_ count: Int) -> String {
    count < sumBases.count ? sumBases[count] : spellSumBasis(count)
  }

  /// The bases of the usual stage totals, spelt once rather than per stage.
  private static let sumBases: [String] = (0..<64).map(spellSumBasis)

  private static func spellSumBasis(_ count: Int) -> String {
    "sum of the base and \(count) instruction\(count == 1 ? "" : "s")"
  }
}
