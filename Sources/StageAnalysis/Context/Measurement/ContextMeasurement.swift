/// What a `COPY`/`ADD` from the build context brings into the image.
public struct ContextMeasurement: Sendable, Equatable {
  /// The sources as given.
  public var sources: [String]
  /// The options the sources were measured with.
  public var options: CopySourceOptions
  /// Every entry the instruction writes below its destination, ordered by destination path.
  public var entries: [MeasuredEntry]
  /// Problems found, in the order they were found.
  public var issues: [ContextIssue]
  /// Whether the entry limit cut the walk short (totals are then lower bounds).
  public var isTruncated: Bool

  /// Creates a measurement.
  public init(
    sources: [String], options: CopySourceOptions, entries: [MeasuredEntry], issues: [ContextIssue],
    isTruncated: Bool
  ) {
    self.sources = sources
    self.options = options
    self.entries = entries
    self.issues = issues
    self.isTruncated = isTruncated
  }

  /// Content bytes: the sum of regular-file sizes, the number Docker's image size counts.
  public var contentBytes: Int64 {
    entries.reduce(0) { total, entry in
      if case .regularFile(let size) = entry.kind { return total + size }
      return total
    }
  }

  /// The number of regular files.
  public var fileCount: Int {
    entries.count { if case .regularFile = $0.kind { return true } else { return false } }
  }

  /// The number of directories written (they hold no content bytes).
  public var directoryCount: Int {
    entries.count { $0.kind.isDirectory }
  }

  /// The number of symbolic links written (they hold no content bytes).
  public var symlinkCount: Int {
    entries.count { if case .symlink = $0.kind { return true } else { return false } }
  }

  /// Whether BuildKit would fail on these sources.
  public var hasErrors: Bool {
    issues.contains { $0.severity == .error }
  }
}

/// One entry a copy writes.
public struct MeasuredEntry: Sendable, Equatable {
  /// Where it comes from, relative to the context root.
  public var contextPath: String
  /// Where it goes, relative to the instruction's destination.
  public var destinationPath: String
  /// What it is (a link is written as a link; only sources themselves are followed).
  public var kind: ContextEntryKind

  /// Creates an entry.
  public init(contextPath: String, destinationPath: String, kind: ContextEntryKind) {
    self.contextPath = contextPath
    self.destinationPath = destinationPath
    self.kind = kind
  }
}
