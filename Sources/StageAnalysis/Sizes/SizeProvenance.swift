/// Where a size came from, strongest first.
public enum SizeProvenance: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  /// Read from a real engine, image archive, registry or the build context.
  case measured
  /// Taken from the base-image catalog (a published figure with a date and a source).
  case catalog
  /// Computed by the size model; carries a range.
  case estimate
  /// Nothing to go on (say, `ADD` of a URL).
  case unknown

  /// Measured ranks first.
  public static func < (lhs: SizeProvenance, rhs: SizeProvenance) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .measured: 0
    case .catalog: 1
    case .estimate: 2
    case .unknown: 3
    }
  }
}
