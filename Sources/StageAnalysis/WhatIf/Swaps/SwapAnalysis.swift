import BaseImageCatalog
import DockerfileInstructions
import DockerfileSyntax

/// A Dockerfile with swaps applied: the edits, the re-parsed file, the verdicts and the size projection.
public struct SwapAnalysis: Sendable {
  /// The file before the swaps.
  public let original: Dockerfile
  /// Its graph.
  public let originalGraph: StageGraph
  /// The swaps.
  public let swaps: SwapSet
  /// The edits that make them.
  public let plan: SwapEditPlan
  /// The edited file, re-parsed.
  public let swapped: Dockerfile
  /// Its graph, for the same build configuration.
  public let swappedGraph: StageGraph
  /// Compatibility findings.
  public let verdicts: [SwapVerdict]
  /// Sizes before and after.
  public let projection: SwapProjection
  /// Sizes before and after from the size model, when sizing inputs were given.
  public let sizes: SwapSizeProjection?
  /// Swaps of a `FROM ${VAR}` whose `VAR` is set by `--build-arg`: the file cannot make them
  /// (the build argument overrides any default an edit could change), so they are judged as
  /// that `--build-arg` changed to the new image; by variable name.
  public let buildArgumentChanges: [String: String]

  /// Applies `swaps` to `dockerfile` and judges the result.
  ///
  /// A stage whose `FROM` is exactly `${VAR}` with `VAR` given by `--build-arg` is judged with
  /// that build argument set to the new image (`buildArgumentChanges`); the plan holds no edit
  /// for it, as `SwapEditPlan` refuses to edit a default the build argument overrides.
  ///
  /// `layerBytes` is what the target adds above its base, when a size model knows it. With
  /// `sizing`, both files are sized by the size model and compared (`sizes`).
  public init(
    dockerfile: Dockerfile, configuration: BuildConfiguration = BuildConfiguration(), swaps: SwapSet,
    catalog: BaseImageCatalog = .bundled, layerBytes: Int64? = nil, sizing: SwapSizing? = nil
  ) throws(SwapError) {
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    var edited = swaps
    var changes: [String: String] = [:]
    var swappedConfiguration = configuration
    for swap in swaps.swaps where graph.stages.indices.contains(swap.stage) {
      let stage = graph.stages[swap.stage]
      guard graph.stage(named: swap.imageText) == nil,
        let name = SwapEditPlan.wholeVariableName(stage.from.baseName),
        graph.globalArguments.bindings[name]?.origin == .buildArgument
      else { continue }
      if let earlier = changes[name], earlier != swap.imageText {
        throw SwapError.variableBase(
          stage: swap.stage, line: stage.line, written: stage.from.baseName,
          reason: "--build-arg \(name) also feeds a stage swapped to \(earlier); give both the same image")
      }
      changes[name] = swap.imageText
      swappedConfiguration.buildArguments[name] = swap.imageText
      edited.remove(stage: swap.stage)
    }
    let plan = try SwapEditPlan(swaps: edited, dockerfile: dockerfile, graph: graph)
    let swapped = plan.edits.isEmpty ? dockerfile : dockerfile.applying(plan.edits)
    let swappedGraph = StageGraph(dockerfile: swapped, configuration: swappedConfiguration)
    for swap in swaps.swaps {
      let stage = graph.stages[swap.stage]
      guard swappedGraph.stages.indices.contains(swap.stage),
        swappedGraph.stages[swap.stage].base.expanded == swap.imageText
      else {
        throw SwapError.variableBase(
          stage: swap.stage, line: stage.line, written: stage.from.baseName,
          reason: "after the edit the stage's base does not read \(swap.imageText)")
      }
    }
    let compatibility = SwapCompatibility(before: graph, after: swappedGraph, catalog: catalog)
    self.original = dockerfile
    self.originalGraph = graph
    self.swaps = swaps
    self.plan = plan
    self.swapped = swapped
    self.swappedGraph = swappedGraph
    self.buildArgumentChanges = changes
    self.verdicts = compatibility.verdicts()
    self.projection = SwapProjection(compatibility: compatibility, layerBytes: layerBytes)
    self.sizes = sizing.map {
      SwapSizeProjection(
        original: dockerfile, originalGraph: graph, swapped: swapped, swappedGraph: swappedGraph,
        swappedStages: Set(swaps.swaps.map(\.stage)), sizing: $0)
    }
  }

  /// The target image's size after the swaps: the size model's figure when sized, else the catalog's base plus layers.
  public var projectedBytes: Int64? {
    if let after = sizes?.after, after.isKnown { return after.bytes }
    return projection.afterBytes
  }

  /// The worst verdict level.
  public var level: VerdictLevel { verdicts.worstLevel }
}
