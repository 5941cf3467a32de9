/// The flags of a `COPY`/`ADD` from the build context that change what it brings.
public struct CopySourceOptions: Sendable, Hashable {
  /// `--exclude` patterns (patternmatcher semantics, relative to each source).
  public var excludePatterns: [String]
  /// `--parents`: keep each source's path (below a `/./` pivot, if any) in the destination.
  public var keepParents: Bool

  /// Options for a plain `COPY`.
  public init(excludePatterns: [String] = [], keepParents: Bool = false) {
    self.excludePatterns = excludePatterns
    self.keepParents = keepParents
  }
}

/// Bounds on how much of a context one ``ContextMeasurer`` examines.
public struct ContextLimits: Sendable, Hashable {
  /// The most context entries examined (`lstat`ed) before the walk stops and reports truncation.
  public var maxEntries: Int
  /// The most symbolic links followed while resolving one source (Linux and BuildKit use 255).
  public var maxSymlinkHops: Int

  /// Limits with the given bounds.
  public init(maxEntries: Int = 1_000_000, maxSymlinkHops: Int = 255) {
    self.maxEntries = maxEntries
    self.maxSymlinkHops = maxSymlinkHops
  }
}
