/// The sizes of one stage: its base and every instruction, and the image it makes.
public struct StageSizes: Hashable, Sendable {
  /// The stage's position (0-based).
  public var index: Int
  /// The stage name, lowercased as BuildKit stores it.
  public var name: String?
  /// The base as the `FROM` line resolves it (an image reference, a stage name, `scratch`).
  public var base: String
  /// The base stage's index when the base is a stage.
  public var baseStageIndex: Int?
  /// Whether the chosen target builds this stage.
  public var isReachable: Bool
  /// Whether this is the target stage.
  public var isTarget: Bool
  /// One entry per instruction, `FROM` first (its figure is the base image's size).
  public var layers: [LayerSize]
  /// The image the stage makes: the base plus every layer.
  public var total: ByteFigure

  /// Makes stage sizes.
  public init(
    index: Int, name: String?, base: String, baseStageIndex: Int?, isReachable: Bool, isTarget: Bool,
    layers: [LayerSize], total: ByteFigure
  ) {
    self.index = index
    self.name = name
    self.base = base
    self.baseStageIndex = baseStageIndex
    self.isReachable = isReachable
    self.isTarget = isTarget
    self.layers = layers
    self.total = total
  }

  /// The name BuildKit uses in messages: the stage name or `stage-<index>`.
  public var displayName: String { name ?? "stage-\(index)" }

  /// The bytes the stage's own instructions add (everything but the base).
  public var addedBytes: Int64 {
    layers.dropFirst().reduce(Int64(0)) { $0 + $1.figure.bytes }
  }
}
