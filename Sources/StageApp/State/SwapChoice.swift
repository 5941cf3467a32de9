import StageAnalysis

/// One row of the swap picker: an image to put under the stage, with what the tool knows of it.
public struct SwapChoice: Hashable, Sendable {
  /// The image reference to write in `FROM`; nil for "put the original base back".
  public var image: String?
  /// How it relates to the current base (`same family`, `distroless`, `typed`, `original`).
  public var relation: String
  /// Findings about the swap; the worst decides the row's verdict.
  public var verdicts: [SwapVerdict]
  /// A caveat in words, if any.
  public var note: String?
  /// The change of the target image the catalog projects, when it has figures.
  public var catalogDelta: Int64?

  /// A choice.
  public init(image: String?, relation: String, verdicts: [SwapVerdict], note: String? = nil, catalogDelta: Int64? = nil) {
    self.image = image
    self.relation = relation
    self.verdicts = verdicts
    self.note = note
    self.catalogDelta = catalogDelta
  }

  /// The key its projection is stored under.
  public var key: String { image ?? "" }
}
