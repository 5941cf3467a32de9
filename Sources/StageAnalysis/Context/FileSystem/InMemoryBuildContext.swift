/// A build context held in memory: a dictionary of paths to entries, for tests and fuzzing.
///
/// Parent directories of every added path are created implicitly. Analyses remember what they
/// learn in ``memory``, shared by every copy of the value; changing the context starts afresh.
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
  private var children: [String: Set<String>] = [:]
  private var unreadable: Set<String> = []
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
      children[parent, default: []].insert(ContextPath.baseName(of: child))
      if parent.isEmpty || nodes[parent] != nil { break }
      nodes[parent] = .directory
      child = parent
      parent = ContextPath.parent(of: parent)
    }
    nodes[clean] = node
    memory = ContextMemory()
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
    try checkParents(of: path)
    guard let node = nodes[path] else { throw .notFound(path) }
    let readable = !unreadable.contains(path)
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
    try checkParents(of: path)
    guard let node = nodes[path] else { throw .notFound(path) }
    guard node == .directory else { throw .notADirectory(path) }
    if unreadable.contains(path) { throw .permissionDenied(path) }
    return (children[path] ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  public func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8] {
    try checkParents(of: path)
    guard let node = nodes[path] else { throw .notFound(path) }
    if unreadable.contains(path) { throw .permissionDenied(path) }
    switch node {
    case .file(let bytes): return Array(bytes.prefix(max(0, limit)))
    case .sizedFile(let size): return [UInt8](repeating: 0, count: Int(min(Int64(max(0, limit)), size)))
    default: throw .notARegularFile(path)
    }
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
