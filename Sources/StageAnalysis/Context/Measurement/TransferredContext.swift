/// The build context as the builder receives it: the real context seen
/// through `.dockerignore`, examined lazily and remembered.
///
/// An entry is present when the ignore patterns keep it, or when it is an
/// excluded directory that fsutil's walk still enters (see
/// ``PatternMatcher/mustDescend(intoExcluded:)``) and something below it is
/// kept — BuildKit then sends the directory so the kept entry has a parent.
///
/// What is learnt is kept per directory (``Directory``): its entries as examined, its listing
/// and its present children, each worked out once. Entries are examined in the order the
/// questions ask for them, one at a time, so the count against ``ContextLimits/maxEntries``
/// (and what a truncated walk holds) depends only on the questions asked.
final class TransferredContext {
  struct Node {
    var entry: ContextEntry
    var excluded: Bool
    var state: PatternMatcher.MatchState?
  }

  enum Resolution {
    case found(path: String, node: Node)
    case notFound
    case loop(path: String)
  }

  /// One examined path: its entry (nil when it does not exist, or the entry limit stopped the
  /// walk first) and, for a directory, its record.
  struct Examined {
    var path: String
    var node: Node?
    var directory: Directory?
  }

  /// A present entry of a directory, as walks receive it.
  struct Child {
    var name: String
    var path: String
    var node: Node
    /// The record of a directory (nil for anything else).
    var directory: Directory?
  }

  /// What the walk knows about one directory of the real context.
  final class Directory {
    let path: String
    let node: Node
    /// Whether the walk enters it: it and every ancestor are entered (an excluded directory is
    /// entered only when an exception may re-include something below it).
    let isEntered: Bool
    /// Entries examined by name that the listing does not hold (or before it was read).
    fileprivate var unlisted: [String: Examined] = [:]
    /// The names in byte order, once read (an unreadable directory lists nothing).
    fileprivate var names: [String]?
    /// What was examined of `names`, position by position.
    fileprivate var listed: [Examined?] = []
    /// Positions in `names` by name, made on the first lookup by name after the listing.
    fileprivate var positions: [String: Int]?
    /// Why the listing failed, if it did.
    fileprivate(set) var listingFailure: ContextAccessError?
    /// Whether anything below is present, once asked (only asked of entered directories).
    fileprivate var holdsPresent: Bool?
    /// The present children in byte order, once asked.
    fileprivate var present: [Child]?

    fileprivate init(path: String, node: Node, isEntered: Bool) {
      self.path = path
      self.node = node
      self.isEntered = isEntered
    }
  }

  let context: any BuildContext
  let ignore: PatternMatcher?
  let limits: ContextLimits
  private(set) var examined = 0
  private(set) var isTruncated = false
  /// The context root.
  let root: Directory
  /// Every directory record made, by path, for questions that come as paths.
  private var directories: [String: Directory] = [:]

  init(context: any BuildContext, ignore: PatternMatcher?, limits: ContextLimits) {
    self.context = context
    self.ignore = ignore
    self.limits = limits
    let rootEntry = (try? context.entry(at: "")) ?? ContextEntry(kind: .directory)
    root = Directory(path: "", node: Node(entry: rootEntry, excluded: false, state: nil), isEntered: true)
  }

  /// The entry at `path` in the real context, with its ignore verdict (nil if it does not exist).
  func node(_ path: String) -> Node? {
    if path.isEmpty { return root.node }
    guard let parent = directory(ContextPath.parent(of: path)) else { return nil }
    return child(ContextPath.baseName(of: path), in: parent).node
  }

  /// Why the directory at `path` could not be listed, if it was listed and could not be.
  func listingFailure(at path: String) -> ContextAccessError? {
    (path.isEmpty ? root : directories[path])?.listingFailure
  }

  /// The record of the directory at `path` (nil when there is no directory there).
  func directory(_ path: String) -> Directory? {
    if path.isEmpty { return root }
    if let known = directories[path] { return known }
    guard let parent = directory(ContextPath.parent(of: path)) else { return nil }
    return child(ContextPath.baseName(of: path), in: parent).directory
  }

  /// The record of the directory at `path` if the walk enters it; its ancestors are examined
  /// only as far as the walk enters them.
  private func enteredDirectory(_ path: String) -> Directory? {
    if path.isEmpty { return root }
    if let known = directories[path] { return known.isEntered ? known : nil }
    guard let parent = enteredDirectory(ContextPath.parent(of: path)),
      let directory = child(ContextPath.baseName(of: path), in: parent).directory, directory.isEntered
    else { return nil }
    return directory
  }

  /// Whether the walk enters the directory at `path` (it and every ancestor are entered).
  func isEntered(_ path: String) -> Bool {
    enteredDirectory(path) != nil
  }

  /// Whether `path` is part of the context the builder receives.
  func isPresent(_ path: String) -> Bool {
    if path.isEmpty { return true }
    guard let parent = enteredDirectory(ContextPath.parent(of: path)) else { return false }
    return isPresent(child(ContextPath.baseName(of: path), in: parent))
  }

  /// Whether an examined entry of an entered directory is present.
  private func isPresent(_ examined: Examined) -> Bool {
    guard let node = examined.node else { return false }
    if !node.excluded { return true }
    guard let directory = examined.directory, directory.isEntered else { return false }
    return holdsPresent(directory)
  }

  /// Whether something below an entered, excluded directory is present (the walk stops at the
  /// first present entry).
  private func holdsPresent(_ directory: Directory) -> Bool {
    if let known = directory.holdsPresent { return known }
    let count = listing(of: directory).count
    var found = false
    for position in 0..<count where isPresent(listedChild(at: position, in: directory)) {
      found = true
      break
    }
    directory.holdsPresent = found
    return found
  }

  /// The present entries of the directory at `path`, in byte order.
  func presentChildren(of path: String) -> [Child] {
    guard let directory = enteredDirectory(path) else { return [] }
    return presentChildren(of: directory)
  }

  /// The present entries of a directory, in byte order (none when the walk does not enter it).
  func presentChildren(of directory: Directory) -> [Child] {
    guard directory.isEntered else { return [] }
    if let known = directory.present { return known }
    let names = listing(of: directory)
    var result: [Child] = []
    result.reserveCapacity(names.count)
    for (position, name) in names.enumerated() {
      let examined = listedChild(at: position, in: directory)
      guard isPresent(examined), let node = examined.node else { continue }
      result.append(Child(name: name, path: examined.path, node: node, directory: examined.directory))
    }
    directory.present = result
    return result
  }

  // MARK: - Examining entries

  /// The directory's names in byte order, read on first need.
  private func listing(of directory: Directory) -> [String] {
    if let known = directory.names { return known }
    var names: [String] = []
    do {
      names = try context.contentsOfDirectory(at: directory.path)
    } catch {
      directory.listingFailure = error
    }
    directory.names = names
    directory.listed = names.map {
      directory.unlisted.isEmpty ? nil : directory.unlisted.removeValue(forKey: $0)
    }
    return names
  }

  /// The entry at `position` of the directory's listing, examined on first need.
  private func listedChild(at position: Int, in directory: Directory) -> Examined {
    if let known = directory.listed[position] { return known }
    let names = directory.names ?? []
    let examined = examine(names[position], in: directory)
    directory.listed[position] = examined
    return examined
  }

  /// The entry `name` of a directory, examined on first need.
  private func child(_ name: String, in directory: Directory) -> Examined {
    if let names = directory.names {
      if directory.positions == nil {
        directory.positions = Dictionary(
          names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
      }
      if let position = directory.positions?[name] { return listedChild(at: position, in: directory) }
    }
    if let known = directory.unlisted[name] { return known }
    let examined = examine(name, in: directory)
    directory.unlisted[name] = examined
    return examined
  }

  /// Looks at one entry (counted against the entry limit) and judges it with the ignore patterns.
  private func examine(_ name: String, in parent: Directory) -> Examined {
    let path = ContextPath.join(parent.path, name)
    guard parent.node.entry.kind.isDirectory else { return Examined(path: path) }
    guard examined < limits.maxEntries else {
      isTruncated = true
      return Examined(path: path)
    }
    examined += 1
    guard let entry = try? context.entry(at: path) else { return Examined(path: path) }
    var node = Node(entry: entry, excluded: false, state: nil)
    if let ignore {
      let verdict = ignore.evaluate(path, parent: parent.node.state)
      node.excluded = verdict.matched
      node.state = verdict.state
    }
    guard entry.kind.isDirectory else { return Examined(path: path, node: node) }
    let entered = parent.isEntered && (!node.excluded || (ignore?.mustDescend(intoExcluded: path) ?? false))
    let directory = Directory(path: path, node: node, isEntered: entered)
    directories[path] = directory
    return Examined(path: path, node: node, directory: directory)
  }

  // MARK: - Links

  /// Resolves a context-relative path in the transferred context.
  ///
  /// Symbolic links are followed (the last one too when `followFinal`)
  /// scoped to the root as containerd's `RootPath` does: an absolute target
  /// starts again at the context root and `..` stops there. `escapes`
  /// collects links that point outside the context.
  ///
  /// The walk keeps the directories it went through, each one present and entered (the root
  /// is; a present directory below an entered one is entered too), so `..` goes back to the
  /// last one and each element is looked up in the directory it is in.
  func resolve(_ path: String, followFinal: Bool, escapes: inout [(String, String)]) -> Resolution {
    var pending = ContextPath.components(path)
    pending.reverse()
    var directories = [root]
    var hops = 0
    while let element = pending.popLast() {
      if element == "." { continue }
      if element == ".." {
        if directories.count > 1 { directories.removeLast() }
        continue
      }
      let current = directories[directories.count - 1]
      guard current.isEntered else { return .notFound }
      let examined = child(element, in: current)
      guard isPresent(examined), let node = examined.node else { return .notFound }
      if case .symlink(let target) = node.entry.kind, followFinal || !pending.isEmpty {
        hops += 1
        if hops > limits.maxSymlinkHops { return .loop(path: path) }
        if Self.leavesContext(target, depth: directories.count - 1) {
          escapes.append((examined.path, target))
        }
        if target.utf8.first == UInt8(ascii: "/") { directories.removeSubrange(1...) }
        pending.append(contentsOf: ContextPath.components(target).reversed())
        continue
      }
      guard let directory = examined.directory else {
        // Only the last element may be something other than a directory.
        return pending.isEmpty ? .found(path: examined.path, node: node) : .notFound
      }
      directories.append(directory)
    }
    let reached = directories[directories.count - 1]
    return .found(path: reached.path, node: reached.node)
  }

  /// Whether a link target is absolute or climbs above the context root.
  static func leavesContext(_ target: String, from directory: String) -> Bool {
    leavesContext(target, depth: ContextPath.components(directory).count)
  }

  /// Whether a link target is absolute or climbs above the context root from a directory
  /// `depth` levels below it.
  static func leavesContext(_ target: String, depth start: Int) -> Bool {
    if target.utf8.first == UInt8(ascii: "/") { return true }
    var depth = start
    for element in ContextPath.components(target) {
      if element == ".." {
        depth -= 1
        if depth < 0 { return true }
      } else if element != "." {
        depth += 1
      }
    }
    return false
  }
}
