/// A failure of an image source, with a reason for people.
public struct ImageSourceFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong and, where possible, what to do.
  public var reason: String

  /// Makes a failure.
  public init(reason: String) {
    self.reason = reason
  }

  /// The reason.
  public var description: String { reason }
}
