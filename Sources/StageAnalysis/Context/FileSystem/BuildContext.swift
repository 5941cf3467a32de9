/// What a build context looks like to the analyzer: a tree of entries
/// addressed by clean, slash-separated paths relative to the context root
/// (`""` is the root itself).
///
/// Implementations never follow symbolic links: ``entry(at:)`` describes a
/// link itself, and resolving links is the analyzer's job, scoped to the
/// context the way BuildKit scopes it.
public protocol BuildContext: Sendable {
  /// Describes the entry at `path` without following a final symbolic link.
  func entry(at path: String) throws(ContextAccessError) -> ContextEntry
  /// The names in the directory at `path`, sorted by their UTF-8 bytes.
  func contentsOfDirectory(at path: String) throws(ContextAccessError) -> [String]
  /// The first `limit` bytes of the regular file at `path`.
  func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8]
  /// Where analyses keep what they learn about this context, shared by every copy of the
  /// value; nil (the default) to read the context afresh for every analysis.
  var memory: ContextMemory? { get }
}

extension BuildContext {
  /// No memory: every analysis reads the context afresh.
  public var memory: ContextMemory? { nil }
}

/// A context that keeps a memory and can give a copy of itself without it: the memory keeps
/// that copy to read from, which must not keep the memory itself alive.
protocol MemoryCarryingContext: BuildContext {
  /// This context with `memory` nil.
  func forgettingMemory() -> any BuildContext
}

/// One entry of a build context, as `lstat` sees it.
public struct ContextEntry: Sendable, Equatable {
  /// What the entry is.
  public var kind: ContextEntryKind
  /// Whether the current user could read it (list a directory, open a file).
  public var isReadable: Bool

  /// Creates an entry description.
  public init(kind: ContextEntryKind, isReadable: Bool = true) {
    self.kind = kind
    self.isReadable = isReadable
  }
}

/// The type of a context entry.
public enum ContextEntryKind: Sendable, Equatable {
  /// A regular file with its size in bytes.
  case regularFile(size: Int64)
  /// A directory.
  case directory
  /// A symbolic link with its target, as stored (not resolved).
  case symlink(target: String)
  /// A named pipe, socket or device: it exists, but is never read.
  case special(SpecialFileKind)

  /// Whether the entry is a directory.
  public var isDirectory: Bool {
    if case .directory = self { return true }
    return false
  }
}

/// The kinds of entries that are neither files, directories nor links.
public enum SpecialFileKind: String, Sendable, Equatable {
  /// A named pipe (FIFO).
  case fifo
  /// A Unix-domain socket.
  case socket
  /// A character device.
  case characterDevice
  /// A block device.
  case blockDevice
  /// Anything else the platform reports.
  case unknown
}

/// Why a context entry could not be examined.
public enum ContextAccessError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Nothing exists at the path.
  case notFound(String)
  /// A path element is not a directory (or is a symbolic link, which is never followed).
  case notADirectory(String)
  /// The file system refused access.
  case permissionDenied(String)
  /// The entry is not a regular file and cannot be read as one.
  case notARegularFile(String)
  /// Any other system error, with its description.
  case failed(String, reason: String)

  /// A one-line description naming the path.
  public var description: String {
    switch self {
    case .notFound(let path): return "\(Self.shown(path)): no such file or directory"
    case .notADirectory(let path): return "\(Self.shown(path)): not a directory"
    case .permissionDenied(let path): return "\(Self.shown(path)): permission denied"
    case .notARegularFile(let path): return "\(Self.shown(path)): not a regular file"
    case .failed(let path, let reason): return "\(Self.shown(path)): \(reason)"
    }
  }

  private static func shown(_ path: String) -> String {
    "/" + path
  }
}
