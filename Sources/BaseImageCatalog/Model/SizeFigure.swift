/// One byte count with how exact it is, where it came from and when.
public struct SizeFigure: Sendable, Hashable {
  /// How a figure was obtained.
  public enum Basis: String, Sendable, Hashable {
    /// Copied from a published source (repo-info, a README, a registry manifest).
    case stated
    /// Computed from other measured figures; the derivation is in `source`.
    case derived
    /// Measured on a machine by the method in `source`.
    case measured
    /// True by construction (the empty `scratch` image).
    case synthetic
  }

  /// How exact `bytes` is.
  public enum Precision: Sendable, Hashable {
    case exact
    /// The true value lies within `bytes ± tolerance`.
    case plusMinus(Int64)
  }

  /// The byte count.
  public var bytes: Int64
  /// Half-width of the uncertainty band; 0 for exact figures.
  public var tolerance: Int64
  /// How the figure was obtained.
  public var basis: Basis
  /// The figure as the source wrote it (`~ 230.66 Mb`), or empty.
  public var statedAs: String
  /// The date the figure describes (image creation, layer upload, measurement), or nil.
  public var date: String?
  /// Where the figure comes from: a repository path, a README, or a measuring method.
  public var source: String

  /// Creates a figure.
  public init(
    bytes: Int64, tolerance: Int64, basis: Basis, statedAs: String, date: String?, source: String
  ) {
    self.bytes = bytes
    self.tolerance = tolerance
    self.basis = basis
    self.statedAs = statedAs
    self.date = date
    self.source = source
  }

  /// The precision as an enum.
  public var precision: Precision {
    tolerance == 0 ? .exact : .plusMinus(tolerance)
  }

  /// The smallest and largest value the figure allows.
  public var range: ClosedRange<Int64> {
    max(0, bytes - tolerance)...(bytes + tolerance)
  }
}
