/// A problem found in a Dockerfile, located by a byte range of its source.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable {
    /// BuildKit rejects the file.
    case error
    /// BuildKit accepts the file but warns about it.
    case warning
    /// Additional information attached to another diagnostic.
    case note
  }

  /// How serious the problem is.
  public var severity: Severity
  /// The message, in the words BuildKit uses where it has a message.
  public var message: String
  /// The bytes the diagnostic is about (may be empty, at an insertion point).
  public var range: Range<Int>
  /// A stable identifier such as `"unterminated-heredoc"`.
  public var code: String?

  /// Creates a diagnostic.
  public init(severity: Severity, message: String, range: Range<Int>, code: String? = nil) {
    self.severity = severity
    self.message = message
    self.range = range
    self.code = code
  }

  /// Whether this diagnostic makes BuildKit reject the file.
  public var isError: Bool { severity == .error }
}
