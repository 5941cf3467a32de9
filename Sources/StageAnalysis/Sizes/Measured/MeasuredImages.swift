/// Image records already fetched from real sources, for the pure size model.
public struct MeasuredImages: Hashable, Sendable {
  /// Records of base images, by the reference as the `FROM` line resolves it (`golang:1.22-alpine`).
  public var bases: [String: ImageRecord]
  /// Records of images built from a stage (`--image STAGE=TAG`), by stage index.
  public var stages: [Int: ImageRecord]
  /// Stages whose records give the figures of their own instructions only: their base was
  /// changed (a what-if swap), so the record's total and its base entries no longer hold.
  public var layersOnly: Set<Int>

  /// Makes a set of records.
  public init(bases: [String: ImageRecord] = [:], stages: [Int: ImageRecord] = [:], layersOnly: Set<Int> = []) {
    self.bases = bases
    self.stages = stages
    self.layersOnly = layersOnly
  }

  /// No records at all.
  public static let none = MeasuredImages()
}
