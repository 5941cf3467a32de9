/// A registry host, with its port if written (`docker.io`, `localhost:5000`).
public struct Registry: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The host as written (or `docker.io` when implied).
  public var rawValue: String
  /// Wraps a registry host.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Docker Hub, the registry of familiar names.
  public static let dockerHub = Registry(rawValue: "docker.io")
  /// The host.
  public var description: String { rawValue }
}

/// A repository path within a registry (`library/golang`).
public struct Repository: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The path, with `library/` added for official Docker Hub images.
  public var rawValue: String
  /// Wraps a repository path.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The path.
  public var description: String { rawValue }
}

/// An image tag (`1.22-alpine`).
public struct Tag: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The tag.
  public var rawValue: String
  /// Wraps a tag.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The tag Docker assumes when none is given.
  public static let latest = Tag(rawValue: "latest")
  /// The tag.
  public var description: String { rawValue }
}

/// A content digest (`sha256:…`).
public struct Digest: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// `algorithm:hex`.
  public var rawValue: String
  /// Wraps a digest.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The algorithm (`sha256`).
  public var algorithm: String { String(rawValue.prefix { $0 != ":" }) }
  /// The hexadecimal part.
  public var encoded: String {
    guard let colon = rawValue.firstIndex(of: ":") else { return "" }
    return String(rawValue[rawValue.index(after: colon)...])
  }
  /// `algorithm:hex`.
  public var description: String { rawValue }
}
