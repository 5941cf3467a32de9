/// The build context as the builder receives it: the real context seen
/// through `.dockerignore`, examined lazily and remembered.
///
/// An entry is present when the ignore patterns keep it, or when it is an
/// excluded directory that fsutil's walk still enters (see
/// ``PatternMatcher/mustDescend(intoExcluded:)``) and something below it is
/// kept — BuildKit then sends the directory so the kept entry has a parent.
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

  let context: any BuildContext
  let ignore: PatternMatcher?
  let limits: ContextLimits
  private(set) var examined = 0
  private(set) var isTruncated = false
  /// Directories that could not be listed, with the reason.
  private(set) var listingFailures: [String: ContextAccessError] = [:]

  private var nodes: [String: Node?] = [:]
  private var presence: [String: Bool] = [:]
  private var listings: [String: [String]] = [:]

  init(context: any BuildContext, ignore: PatternMatcher?, limits: ContextLimits) {
    self.context = context
    self.ignore = ignore
    self.limits = limits
  }

  /// The entry at `path` in the real context, with its ignore verdict (nil if it does not exist).
  func node(_ path: String) -> Node? {
    if let known = nodes[path] { return known }
    let computed = computeNode(path)
    nodes[path] = .some(computed)
    return computed
  }

  private func computeNode(_ path: String) -> Node? {
    if path.isEmpty {
      return Node(
        entry: (try? context.entry(at: "")) ?? ContextEntry(kind: .directory), excluded: false, state: nil)
    }
    guard let parent = node(ContextPath.parent(of: path)), parent.entry.kind.isDirectory else { return nil }
    guard examined < limits.maxEntries else {
      isTruncated = true
      return nil
    }
    examined += 1
    guard let entry = try? context.entry(at: path) else { return nil }
    guard let ignore else { return Node(entry: entry, excluded: false, state: nil) }
    let verdict = ignore.evaluate(path, parent: parent.state)
    return Node(entry: entry, excluded: verdict.matched, state: verdict.state)
  }

  /// Whether the walk enters the directory at `path` (it and every ancestor are entered).
  func isEntered(_ path: String) -> Bool {
    if path.isEmpty { return true }
    guard isEntered(ContextPath.parent(of: path)), let node = node(path), node.entry.kind.isDirectory else {
      return false
    }
    return !node.excluded || (ignore?.mustDescend(intoExcluded: path) ?? false)
  }

  /// Whether `path` is part of the context the builder receives.
  func isPresent(_ path: String) -> Bool {
    if path.isEmpty { return true }
    if let known = presence[path] { return known }
    var present = false
    if isEntered(ContextPath.parent(of: path)), let node = node(path) {
      if !node.excluded {
        present = true
      } else if isEntered(path) {
        present = names(in: path).contains { isPresent(ContextPath.join(path, $0)) }
      }
    }
    presence[path] = present
    return present
  }

  /// The names of the present entries in the directory at `path`, in byte order.
  func presentChildren(of path: String) -> [String] {
    guard isEntered(path) else { return [] }
    return names(in: path).filter { isPresent(ContextPath.join(path, $0)) }
  }

  private func names(in directory: String) -> [String] {
    if let known = listings[directory] { return known }
    var result: [String] = []
    do {
      result = try context.contentsOfDirectory(at: directory)
    } catch {
      listingFailures[directory] = error
    }
    listings[directory] = result
    return result
  }

  /// Resolves a context-relative path in the transferred context.
  ///
  /// Symbolic links are followed (the last one too when `followFinal`)
  /// scoped to the root as containerd's `RootPath` does: an absolute target
  /// starts again at the context root and `..` stops there. `escapes`
  /// collects links that point outside the context.
  func resolve(_ path: String, followFinal: Bool, escapes: inout [(String, String)]) -> Resolution {
    var pending = ContextPath.components(path)
    pending.reverse()
    var current = ""
    var hops = 0
    while let element = pending.popLast() {
      if element == "." { continue }
      if element == ".." {
        current = ContextPath.parent(of: current)
        continue
      }
      let candidate = ContextPath.join(current, element)
      guard isPresent(candidate), let node = node(candidate) else { return .notFound }
      if case .symlink(let target) = node.entry.kind, followFinal || !pending.isEmpty {
        hops += 1
        if hops > limits.maxSymlinkHops { return .loop(path: path) }
        if Self.leavesContext(target, from: current) { escapes.append((candidate, target)) }
        if target.utf8.first == UInt8(ascii: "/") { current = "" }
        pending.append(contentsOf: ContextPath.components(target).reversed())
        continue
      }
      if !pending.isEmpty && !node.entry.kind.isDirectory { return .notFound }
      current = candidate
    }
    guard let node = node(current) else { return .notFound }
    return .found(path: current, node: node)
  }

  /// Whether a link target is absolute or climbs above the context root.
  static func leavesContext(_ target: String, from directory: String) -> Bool {
    if target.utf8.first == UInt8(ascii: "/") { return true }
    var depth = ContextPath.components(directory).count
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
