/// Per-layer sizes of every stage of one Dockerfile and the projected size of the target image.
public struct SizeReport: Hashable, Sendable {
  /// The Dockerfile's name as given.
  public var file: String
  /// The target stage's display name; nil when the target names no stage.
  public var target: String?
  /// Which size every figure is.
  public var sizeKind: SizeKind
  /// The stages, in file order.
  public var stages: [StageSizes]
  /// The target image: its base chain plus its own layers; nil when there is no target.
  public var finalImage: ByteFigure?
  /// Notes for people: lookups that failed, history that did not line up, context problems.
  public var diagnostics: [String]
  /// Image sources that were asked and could not answer, in the order they are asked.
  public var unreachableSources: [UnreachableSource] = []

  /// Makes a report.
  public init(
    file: String, target: String?, sizeKind: SizeKind, stages: [StageSizes], finalImage: ByteFigure?,
    diagnostics: [String]
  ) {
    self.file = file
    self.target = target
    self.sizeKind = sizeKind
    self.stages = stages
    self.finalImage = finalImage
    self.diagnostics = diagnostics
  }

  /// The stages the target image is made of, base first (the target and its base stages).
  public var targetChain: [StageSizes] {
    guard var current = stages.first(where: \.isTarget) else { return [] }
    var chain = [current]
    while let base = current.baseStageIndex, base < stages.count, !chain.contains(where: { $0.index == base }) {
      current = stages[base]
      chain.insert(current, at: 0)
    }
    return chain
  }

  /// How many figures of the target image come from each source, for the summary line
  /// (`3 measured, 1 catalog, 2 estimates`); zeros by rule are not counted.
  public var finalProvenanceCounts: [SizeProvenance: Int] {
    var counts: [SizeProvenance: Int] = [:]
    for stage in targetChain {
      for (offset, layer) in stage.layers.enumerated() {
        if offset == 0 && stage.baseStageIndex != nil { continue }
        if layer.figure.isZeroByRule { continue }
        counts[layer.figure.provenance, default: 0] += 1
      }
    }
    return counts
  }
}
