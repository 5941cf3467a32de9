import BaseImageCatalog

/// One image a stage's base could become, with its projected effect and verdict.
public struct BaseCandidate: Sendable {
  /// The reference to write in `FROM`.
  public var imageText: String
  /// How it relates to the current base (nil for an image the user typed).
  public var relation: SwapCandidate.Relation?
  /// The candidate's content bytes; nil when the catalog has no figure.
  public var contentBytes: Int64?
  /// Projected change of the target image.
  public var deltaBytes: Int64?
  /// The worst verdict of the swap.
  public var level: VerdictLevel
  /// The verdicts of the swap.
  public var verdicts: [SwapVerdict]
  /// Caveats from the catalog (unknown size, end of life).
  public var note: String?
  /// The target image's projected size by the size model, when sizing inputs were given.
  public var projected: ByteFigure? = nil

  /// The projected target image bytes; nil when not sized or unknown.
  public var projectedBytes: Int64? {
    guard let projected, projected.isKnown else { return nil }
    return projected.bytes
  }
}
