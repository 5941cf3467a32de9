import DockerfileSyntax

/// A `--mount` value BuildKit rejects, with BuildKit's message.
public struct MountError: Error, Hashable, Sendable {
  /// The message as BuildKit words it.
  public var message: String

  /// Creates a mount error.
  public init(_ message: String) {
    self.message = message
  }

  static func unexpectedKey(_ key: String, for kind: RunMount.Kind) -> MountError {
    MountError("unexpected key '\(key)' for mount type '\(kind.rawValue)'")
  }

  static func invalidValue(_ key: String, _ value: String) -> MountError {
    MountError("invalid value for \(key): \(value)")
  }

  static func notAllowed(_ key: String, for kind: RunMount.Kind) -> MountError {
    MountError("\(key) not allowed for \(GoQuote.quote(kind.rawValue)) type mounts")
  }
}
