import DockerfileSyntax

/// A swap projected with the size model: the original file and the swapped file sized with the
/// same context and records, compared for the target image, per stage and per layer.
///
/// A swap only rewrites `FROM` image spans, so both files have the same stages and
/// instructions at the same lines; layers pair up by position. Records of images built from a
/// stage still give the figures of that stage's own instructions after its base changes (the
/// same files are added), but not its total nor its base entries.
public struct SwapSizeProjection: Hashable, Sendable {
  /// One instruction before and after.
  public struct Layer: Hashable, Sendable {
    /// The 1-based line of the instruction.
    public var line: Int
    /// The keyword (`FROM` for the base).
    public var keyword: String
    /// The figure before the swaps.
    public var before: ByteFigure
    /// The figure after the swaps.
    public var after: ByteFigure
  }

  /// One stage before and after.
  public struct Stage: Hashable, Sendable {
    /// Stage index.
    public var index: Int
    /// Display name.
    public var name: String
    /// Whether the target builds it.
    public var isReachable: Bool
    /// The stage's image before.
    public var before: ByteFigure
    /// The stage's image after.
    public var after: ByteFigure
    /// Its instructions, `FROM` first.
    public var layers: [Layer]
  }

  /// The size report of the original file.
  public var beforeReport: SizeReport
  /// The size report of the swapped file.
  public var afterReport: SizeReport
  /// Every stage, in file order.
  public var stages: [Stage]

  /// The target image before the swaps.
  public var before: ByteFigure? { beforeReport.finalImage }
  /// The target image after the swaps.
  public var after: ByteFigure? { afterReport.finalImage }

  /// After minus before, when both are known.
  public var deltaBytes: Int64? {
    guard let before, let after, before.isKnown, after.isKnown else { return nil }
    return after.bytes - before.bytes
  }

  /// The range of the delta: unchanged figures cancel, changed ones widen it by both ranges.
  public var deltaRange: ClosedRange<Int64>? {
    guard let delta = deltaBytes, let before, let after else { return nil }
    var low: Int64 = 0
    var high: Int64 = 0
    if before.isExact && after.isExact {
      return delta...delta
    }
    for stage in afterReport.targetChain {
      guard let row = stages.first(where: { $0.index == stage.index }) else { continue }
      for (offset, layer) in row.layers.enumerated() {
        if offset == 0 && stage.baseStageIndex != nil { continue }
        if layer.before == layer.after { continue }
        low += layer.after.low - layer.before.high
        high += layer.after.high - layer.before.low
      }
    }
    return min(low, delta)...max(high, delta)
  }

  /// The change in percent of the size before.
  public var deltaPercent: Double? {
    guard let delta = deltaBytes, let before, before.bytes > 0 else { return nil }
    return Double(delta) * 100 / Double(before.bytes)
  }

  /// Sizes `original` and `swapped` (the same file with swapped bases) and pairs them up.
  ///
  /// `swappedStages` are the stages whose base was changed; records of stages built on them
  /// keep their per-instruction figures only.
  public init(
    original: Dockerfile, originalGraph: StageGraph, swapped: Dockerfile, swappedGraph: StageGraph,
    swappedStages: Set<Int>, sizing: SwapSizing
  ) {
    beforeReport = sizing.model.report(
      graph: originalGraph, file: sizing.file, context: sizing.context, dockerfilePath: sizing.dockerfilePath,
      measured: sizing.measured, escapeToken: original.escapeToken)
    var measured = sizing.measured
    for stage in swappedGraph.stages where !Self.lineage(of: stage.index, in: swappedGraph).isDisjoint(with: swappedStages) {
      measured.layersOnly.insert(stage.index)
    }
    afterReport = sizing.model.report(
      graph: swappedGraph, file: sizing.file, context: sizing.context, dockerfilePath: sizing.dockerfilePath,
      measured: measured, escapeToken: swapped.escapeToken)
    stages = zip(beforeReport.stages, afterReport.stages).map { old, new in
      Stage(
        index: new.index, name: new.displayName, isReachable: new.isReachable, before: old.total, after: new.total,
        layers: zip(old.layers, new.layers).map { Layer(line: $1.line, keyword: $1.keyword, before: $0.figure, after: $1.figure) })
    }
  }

  /// A stage and the stages it is built `FROM`, transitively.
  static func lineage(of index: Int, in graph: StageGraph) -> Set<Int> {
    var result: Set<Int> = [index]
    var current = index
    while let base = graph.stages[current].base.stageIndex, base < graph.stages.count, result.insert(base).inserted {
      current = base
    }
    return result
  }
}
