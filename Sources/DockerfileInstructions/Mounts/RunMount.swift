/// One `RUN --mount=…` as BuildKit's `instructions.Mount` reads it.
public struct RunMount: Hashable, Sendable {
  /// The mount types BuildKit accepts.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A read-only view of the context or another stage (the default).
    case bind
    /// A persistent cache directory.
    case cache
    /// A temporary file system.
    case tmpfs
    /// A build secret.
    case secret
    /// An SSH agent socket.
    case ssh
  }

  /// Cache sharing modes.
  public enum Sharing: String, Hashable, Sendable, CaseIterable {
    /// Concurrent builds share the cache (BuildKit's default).
    case shared
    /// Each concurrent build gets its own copy.
    case `private`
    /// Concurrent builds wait for each other.
    case locked
  }

  /// `type=`; bind when absent.
  public var kind: Kind = .bind
  /// `from=`: the stage or image to mount from, nil for the build context.
  public var from: String?
  /// `source=` / `src=`.
  public var source: String?
  /// `target=` / `dst=` / `destination=`.
  public var target: String?
  /// Whether the mount is read-only (`ro`, `rw`, or the type's default).
  public var readOnly = true
  /// `size=` of a tmpfs, in bytes.
  public var sizeLimit: Int64?
  /// `id=`: the cache or secret id.
  public var id: String?
  /// `sharing=` of a cache.
  public var sharing: Sharing?
  /// `required` of a secret or ssh mount.
  public var required = false
  /// `env=`: the variable a secret is exposed as.
  public var env: String?
  /// `mode=` (octal), for cache, secret and ssh mounts.
  public var mode: UInt32?
  /// `uid=`, for cache, secret and ssh mounts.
  public var uid: UInt32?
  /// `gid=`, for cache, secret and ssh mounts.
  public var gid: UInt32?

  /// Creates a mount with BuildKit's defaults (a read-only bind of the context).
  public init() {}

  /// The sharing mode in effect: `shared` for a cache without `sharing=`.
  public var effectiveSharing: Sharing? {
    kind == .cache ? (sharing ?? .shared) : nil
  }

  /// The oracle's short form: the type, with `:<from>` when mounting from a stage.
  public var summary: String {
    from.map { "\(kind.rawValue):\($0)" } ?? kind.rawValue
  }
}
