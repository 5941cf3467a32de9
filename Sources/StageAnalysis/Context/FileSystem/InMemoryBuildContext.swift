/// A build context held in memory: a dictionary of paths to entries, for tests and fuzzing.
///
/// Parent directories of every added path are created implicitly; an entry added below a path
/// that is not a directory, or left below a directory later replaced by something else, is
/// unreachable, as on a file system. Analyses remember what they learn in ``memory``, shared by
/// every copy of the value; changing the context starts afresh.
public struct InMemoryBuildContext: BuildContext, MemoryCarryingContext {
  /// An entry to place in the context.
  public enum Node: Sendable, Equatable {
    /// A regular file with its content.
    case file([UInt8])
    /// A regular file of the given size whose content is never read.
    case sizedFile(Int64)
    /// A directory.
    case directory
    /// A symbolic link to the given target.
    case symlink(String)
    /// A named pipe, socket or device.
    case special(SpecialFileKind)
  }

  private var nodes: [String: Node] = ["": .directory]
  /// Each directory's names, kept in byte order as entries are added.
  private var children: [String: [String]] = [:]
  private var unreadable: Set<String> = []
  /// Whether every entry's ancestors are directories, so that an entry found is reachable
  /// (false once an entry sits below a non-directory).
  private var everyParentIsADirectory = true
  /// What analyses have learnt about these entries; replaced on every change.
  public private(set) var memory: ContextMemory? = ContextMemory()

  /// An empty context (just the root directory).
  public init() {}

  /// A context with the given entries (paths relative to the root).
  public init(_ entries: [String: Node]) {
    for (path, node) in entries.sorted(by: { $0.key < $1.key }) {
      add(path, node)
    }
  }

  /// Adds (or replaces) an entry, creating its parent directories.
  public mutating func add(_ path: String, _ node: Node) {
    let clean = ContextPath.contextRelative(path)
    guard !clean.isEmpty else { return }
    var child = clean
    var parent = ContextPath.parent(of: clean)
    while true {
      Self.insert(ContextPath.baseName(of: child), into: &children[parent, default: []])
      if let existing = nodes[parent] {
        if existing != .directory { everyParentIsADirectory = false }
        break
      }
      nodes[parent] = .directory
      child = parent
      parent = ContextPath.parent(of: parent)
    }
    if node != .directory, children[clean]?.isEmpty == false { everyParentIsADirectory = false }
    nodes[clean] = node
    memory = ContextMemory()
  }

  /// Inserts `name` into `names` (in byte order) unless it is there.
  private static func insert(_ name: String, into names: inout [String]) {
    var low = 0
    var high = names.count
    while low < high {
      let middle = (low + high) / 2
      if ContextPath.precedesInByteOrder(names[middle], name) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    if low < names.count, names[low] == name { return }
    names.insert(name, at: low)
  }

  /// The same entries with a memory of their own, as a context read afresh would have: what
  /// analyses of this copy learn is not shared with the original or its other copies.
  public func withNewMemory() -> InMemoryBuildContext {
    var copy = self
    copy.memory = ContextMemory()
    return copy
  }

  func forgettingMemory() -> any BuildContext {
    var copy = self
    copy.memory = nil
    return copy
  }

  /// Adds a text file.
  public mutating func addFile(_ path: String, _ text: String) {
    add(path, .file(Array(text.utf8)))
  }

  /// Marks an entry as unreadable by the current user.
  public mutating func markUnreadable(_ path: String) {
    unreadable.insert(ContextPath.contextRelative(path))
    memory = ContextMemory()
  }

  public func entry(at path: String) throws(ContextAccessError) -> ContextEntry {
    guard let node = try reachableNode(at: path) else { throw .notFound(path) }
    let readable = unreadable.isEmpty || !unreadable.contains(path)
    switch node {
    case .file(let bytes):
      return ContextEntry(kind: .regularFile(size: Int64(bytes.count)), isReadable: readable)
    case .sizedFile(let size): return ContextEntry(kind: .regularFile(size: size), isReadable: readable)
    case .directory: return ContextEntry(kind: .directory, isReadable: readable)
    case .symlink(let target): return ContextEntry(kind: .symlink(target: target), isReadable: readable)
    case .special(let kind): return ContextEntry(kind: .special(kind), isReadable: readable)
    }
  }

  public func contentsOfDirectory(at path: String) throws(ContextAccessError) -> [String] {
    guard let node = try reachableNode(at: path) else { throw .notFound(path) }
    guard node == .directory else { throw .notADirectory(path) }
    if !unreadable.isEmpty, unreadable.contains(path) { throw .permissionDenied(path) }
    return children[path] ?? []
  }

  public func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8] {
    guard let node = try reachableNode(at: path) else { throw .notFound(path) }
    if !unreadable.isEmpty, unreadable.contains(path) { throw .permissionDenied(path) }
    switch node {
    case .file(let bytes): return Array(bytes.prefix(max(0, limit)))
    case .sizedFile(let size): return [UInt8](repeating: 0, count: Int(min(Int64(max(0, limit)), size)))
    default: throw .notARegularFile(path)
    }
  }

  /// The entry at `path` if every element above it is a directory (nil when there is none).
  ///
  /// While every entry's parents are directories, an entry found is reachable; the parents are
  /// walked only otherwise, or to tell why nothing was found.
  private func reachableNode(at path: String) throws(ContextAccessError) -> Node? {
    if everyParentIsADirectory, let node = nodes[path] { return node }
    try checkParents(of: path)
    return nodes[path]
  }

  /// Every element above `path` must be a directory (links are not followed).
  private func checkParents(of path: String) throws(ContextAccessError) {
    var parent = ContextPath.parent(of: path)
    while !parent.isEmpty {
      guard let node = nodes[parent] else { throw .notFound(path) }
      guard node == .directory else { throw .notADirectory(path) }
      parent = ContextPath.parent(of: parent)
    }
  }
}
