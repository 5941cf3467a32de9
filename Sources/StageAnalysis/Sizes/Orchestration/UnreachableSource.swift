/// An image source that was asked and could not answer (refused, timed out, answered garbage),
/// so the figures it would have measured come from the catalog and estimates instead.
public struct UnreachableSource: Hashable, Sendable {
  /// The source's short name (`engine`, `archive`, `registry`).
  public var name: String
  /// Why it could not answer, for people (its first failure).
  public var reason: String

  /// Makes a record.
  public init(name: String, reason: String) {
    self.name = name
    self.reason = reason
  }

  /// The report's note line, without the `note: ` prefix.
  public var note: String {
    "\(name) not reachable (\(reason)); sizes it would measure are catalog figures and estimates instead"
  }
}
