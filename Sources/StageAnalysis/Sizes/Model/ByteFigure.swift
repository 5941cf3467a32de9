/// A byte count with where it came from: a point value, a low–high range, the kind of size,
/// the provenance and a sentence saying exactly what it rests on.
///
/// Named apart from `BaseImageCatalog.SizeFigure` (a catalog entry's published figure), which
/// modules importing both would otherwise have to qualify.
public struct ByteFigure: Hashable, Sendable {
  /// The best single value (0 for an unknown figure).
  public var bytes: Int64
  /// The lowest value the source allows.
  public var low: Int64
  /// The highest value the source allows.
  public var high: Int64
  /// Which of the three sizes this is.
  public var kind: SizeKind
  /// Where the number came from.
  public var provenance: SizeProvenance
  /// Where exactly it came from, for people
  /// (`docker history of app:latest via engine unix:///…`, `estimate: apt closure of gcc …`).
  public var basis: String

  /// Makes a figure; `low` and `high` are clamped around `bytes`.
  public init(
    bytes: Int64, low: Int64, high: Int64, kind: SizeKind, provenance: SizeProvenance, basis: String
  ) {
    self.bytes = bytes
    self.low = min(low, bytes)
    self.high = max(high, bytes)
    self.kind = kind
    self.provenance = provenance
    self.basis = basis
  }

  /// An exact byte count.
  public static func exact(
    _ bytes: Int64, kind: SizeKind = .content, provenance: SizeProvenance, basis: String
  ) -> ByteFigure {
    ByteFigure(bytes: bytes, low: bytes, high: bytes, kind: kind, provenance: provenance, basis: basis)
  }

  /// An estimate with a range.
  public static func estimate(
    low: Int64, point: Int64, high: Int64, kind: SizeKind = .content, basis: String
  ) -> ByteFigure {
    ByteFigure(bytes: point, low: low, high: high, kind: kind, provenance: .estimate, basis: basis)
  }

  /// Nothing to go on; the basis says why.
  public static func unknown(kind: SizeKind = .content, basis: String) -> ByteFigure {
    ByteFigure(bytes: 0, low: 0, high: 0, kind: kind, provenance: .unknown, basis: basis)
  }

  /// Whether a number is known at all.
  public var isKnown: Bool { provenance != .unknown }

  /// Whether the range is a single value.
  public var isExact: Bool { isKnown && low == high }

  /// A zero that holds by construction (an empty layer, a new directory): it cannot move a total,
  /// so it does not weaken the provenance of one.
  public var isZeroByRule: Bool { provenance == .estimate && low == 0 && high == 0 }

  /// The same figure with another basis.
  public func withBasis(_ basis: String) -> ByteFigure {
    var copy = self
    copy.basis = basis
    return copy
  }
}
