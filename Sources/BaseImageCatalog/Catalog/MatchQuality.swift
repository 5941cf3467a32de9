/// How closely a catalog entry answers a lookup.
public enum MatchQuality: Sendable, Hashable {
  /// The repository, tag and platform are in the catalog as written.
  case exact
  /// The tag is another name for a catalog tag; the reason says why they are the same image.
  case alias(String)
  /// A nearby entry stands in; the reason says what differs. Never used silently.
  case approximate(String)

  /// Whether the entry is the requested image itself.
  public var isExact: Bool {
    switch self {
    case .exact, .alias: return true
    case .approximate: return false
    }
  }

  /// The reason text of an alias or approximate match.
  public var reason: String? {
    switch self {
    case .exact: return nil
    case .alias(let reason), .approximate(let reason): return reason
    }
  }
}
