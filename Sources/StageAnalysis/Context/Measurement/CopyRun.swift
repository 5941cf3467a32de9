/// The work of measuring one instruction: resolves its sources in the
/// transferred context and gathers the entries they bring.
struct CopyRun {
  let transferred: TransferredContext
  var excluder: PatternMatcher?
  var issues: [ContextIssue] = []
  /// Entries by destination path; a later source overwrites an earlier one, as in the image.
  private var entries: [String: MeasuredEntry] = [:]

  init(transferred: TransferredContext) {
    self.transferred = transferred
  }

  func orderedEntries() -> [MeasuredEntry] {
    entries.values.sorted { $0.destinationPath.utf8.lexicographicallyPrecedes($1.destinationPath.utf8) }
  }

  // MARK: - Plain sources

  mutating func copyPlain(_ source: String) {
    let path = ContextPath.contextRelative(source)
    switch lookup(path) {
    case .found(let resolvedPath, let node):
      copyResolved(resolvedPath, node: node, name: ContextPath.baseName(of: path))
    case .missing:
      issues.append(ContextIssue(.sourceNotFound(source: source)))
    case .failed:
      break
    }
  }

  /// Copies a resolved source: a directory's contents, or the entry under `name`.
  private mutating func copyResolved(_ path: String, node: TransferredContext.Node, name: String) {
    if node.entry.kind.isDirectory {
      checkReadable(path, node.entry)
      copyContents(of: path, destination: "", excluderState: nil)
    } else {
      record(path, destination: name, node: node)
    }
  }

  private enum Lookup {
    case found(String, TransferredContext.Node)
    /// Not in the transferred context.
    case missing
    /// Resolution failed and the issue is already recorded.
    case failed
  }

  /// Resolves a path, following links, turning link problems into issues.
  private mutating func lookup(_ path: String) -> Lookup {
    var escapes: [(String, String)] = []
    let resolution = transferred.resolve(path, followFinal: true, escapes: &escapes)
    for (link, target) in escapes {
      issues.append(ContextIssue(.symlinkLeavesContext(path: link, target: target)))
    }
    switch resolution {
    case .found(let resolvedPath, let node):
      return .found(resolvedPath, node)
    case .loop(let link):
      issues.append(ContextIssue(.symlinkLoop(path: link)))
      return .failed
    case .notFound:
      return .missing
    }
  }

  /// Resolves a path to a directory, or nil (issues already recorded for link failures).
  private mutating func directory(_ path: String) -> String? {
    guard case .found(let resolvedPath, let node) = lookup(path), node.entry.kind.isDirectory else {
      return nil
    }
    return resolvedPath
  }

  // MARK: - Directory contents

  /// Records everything present below `directory`, returning whether anything was.
  ///
  /// `destination` is where the directory's contents land, relative to the
  /// instruction's destination.
  @discardableResult
  private mutating func copyContents(
    of directory: String, destination: String, excluderState: PatternMatcher.MatchState?,
    relativeBase: String? = nil
  ) -> Bool {
    let base = relativeBase ?? directory
    var recordedAny = false
    for name in transferred.presentChildren(of: directory) {
      let path = ContextPath.join(directory, name)
      guard let node = transferred.node(path) else { continue }
      let relative = relativePath(path, below: base)
      let target = ContextPath.join(destination, name)
      var state: PatternMatcher.MatchState?
      if let excluder {
        let verdict = excluder.evaluate(relative, parent: excluderState)
        state = verdict.state
        if verdict.matched {
          if node.entry.kind.isDirectory && excluder.mustDescend(intoExcluded: relative) {
            if copyContents(of: path, destination: target, excluderState: state, relativeBase: base) {
              record(path, destination: target, node: node)
              recordedAny = true
            }
          }
          continue
        }
      }
      record(path, destination: target, node: node)
      recordedAny = true
      if node.entry.kind.isDirectory {
        copyContents(of: path, destination: target, excluderState: state, relativeBase: base)
      }
    }
    return recordedAny
  }

  private func relativePath(_ path: String, below base: String) -> String {
    base.isEmpty ? path : String(path.utf8.dropFirst(base.utf8.count + 1)) ?? path
  }

  private mutating func record(_ path: String, destination: String, node: TransferredContext.Node) {
    checkReadable(path, node.entry)
    if case .special(let kind) = node.entry.kind {
      issues.append(ContextIssue(.specialFile(path: path, kind: kind)))
    }
    entries[destination] = MeasuredEntry(
      contextPath: path, destinationPath: destination, kind: node.entry.kind)
  }

  private mutating func checkReadable(_ path: String, _ entry: ContextEntry) {
    if let failure = transferred.listingFailures[path] {
      issues.append(ContextIssue(.unreadable(path: path, reason: Self.reason(failure))))
    } else if !entry.isReadable {
      issues.append(ContextIssue(.unreadable(path: path, reason: "permission denied")))
    }
  }

  private static func reason(_ error: ContextAccessError) -> String {
    switch error {
    case .permissionDenied: return "permission denied"
    case .notFound: return "no such file or directory"
    case .notADirectory: return "not a directory"
    case .notARegularFile: return "not a regular file"
    case .failed(_, let reason): return reason
    }
  }

  // MARK: - Wildcards

  mutating func copyWildcard(_ source: String) {
    let elements = ContextPath.components(ContextPath.contextRelative(source))
    let split = elements.firstIndex(where: FilepathMatch.containsWildcards) ?? elements.count
    let literal = elements[..<split].joined(separator: "/")
    let pattern = elements[split...].joined(separator: "/")
    guard FilepathMatch.isValid(pattern) else {
      issues.append(ContextIssue(.invalidPattern(pattern: source, reason: "syntax error in pattern")))
      return
    }
    var matches: [String] = []
    if let base = directory(literal) {
      let patternScalars = Array(pattern.unicodeScalars)
      let maxDepth = patternScalars.count { $0 == "/" || $0 == "[" } + 1
      collectMatches(
        in: base, relative: "", depth: 1, maxDepth: maxDepth, pattern: patternScalars, into: &matches)
    }
    if matches.isEmpty {
      issues.append(ContextIssue(.wildcardMatchedNothing(source: source)))
    }
    for match in matches {
      switch lookup(match) {
      case .found(let resolvedPath, let node):
        copyResolved(resolvedPath, node: node, name: ContextPath.baseName(of: match))
      case .missing:
        issues.append(ContextIssue(.sourceNotFound(source: match)))
      case .failed:
        break
      }
    }
  }

  /// Collects the entries fsutil's `resolveWildcards` would match.
  ///
  /// It is a lexical walk matching each relative path against the pattern,
  /// not entering matched directories. Deeper paths than `maxDepth` cannot
  /// match (only `/` and `[...]` consume a `/`).
  private func collectMatches(
    in directory: String, relative: String, depth: Int, maxDepth: Int, pattern: [Unicode.Scalar],
    into matches: inout [String]
  ) {
    for name in transferred.presentChildren(of: directory) {
      let path = ContextPath.join(directory, name)
      let relativePath = ContextPath.join(relative, name)
      let matched =
        (try? FilepathMatch.matches(pattern: pattern, name: Array(relativePath.unicodeScalars))) ?? false
      if matched {
        matches.append(path)
        continue
      }
      if depth < maxDepth, let node = transferred.node(path), node.entry.kind.isDirectory {
        collectMatches(
          in: path, relative: relativePath, depth: depth + 1, maxDepth: maxDepth, pattern: pattern,
          into: &matches)
      }
    }
  }

  // MARK: - --parents

  mutating func copyKeepingParents(_ source: String) {
    let (pivot, rest) = Self.splitPivot(source)
    let base = ContextPath.contextRelative(pivot)
    let include = ContextPath.contextRelative(rest)
    var found = false
    if let resolved = directory(base) {
      if include.isEmpty {
        found = true
        copyContents(of: resolved, destination: "", excluderState: nil)
      } else if let matcher = try? PatternMatcher([include]) {
        found = copyIncluded(in: resolved, base: resolved, matcher: matcher, state: nil)
      } else {
        issues.append(ContextIssue(.invalidPattern(pattern: source, reason: "syntax error in pattern")))
        return
      }
    }
    if !found {
      issues.append(ContextIssue(.parentsMatchedNothing(source: source)))
    }
  }

  /// Copies what the include pattern selects below `directory`, keeping
  /// paths relative to `base`; parents of included entries come along.
  private mutating func copyIncluded(
    in directory: String, base: String, matcher: PatternMatcher, state: PatternMatcher.MatchState?
  ) -> Bool {
    var any = false
    for name in transferred.presentChildren(of: directory) {
      let path = ContextPath.join(directory, name)
      guard let node = transferred.node(path) else { continue }
      let relative = relativePath(path, below: base)
      let verdict = matcher.evaluate(relative, parent: state)
      if verdict.matched {
        any = true
        copyWithParents(path, relative: relative, node: node, base: base)
      } else if node.entry.kind.isDirectory {
        any = copyIncluded(in: path, base: base, matcher: matcher, state: verdict.state) || any
      }
    }
    return any
  }

  private mutating func copyWithParents(
    _ path: String, relative: String, node: TransferredContext.Node, base: String
  ) {
    var parent = ContextPath.parent(of: relative)
    while !parent.isEmpty, entries[parent] == nil {
      if let parentNode = transferred.node(ContextPath.join(base, parent)) {
        record(ContextPath.join(base, parent), destination: parent, node: parentNode)
      }
      parent = ContextPath.parent(of: parent)
    }
    record(path, destination: relative, node: node)
    if node.entry.kind.isDirectory {
      copyContents(of: path, destination: relative, excluderState: nil)
    }
  }

  /// Splits `a/./b` at its first `/./` pivot; no pivot keeps everything (`("", source)`).
  static func splitPivot(_ source: String) -> (String, String) {
    let bytes = Array(source.utf8)
    let pivot: [UInt8] = Array("/./".utf8)
    guard bytes.count >= pivot.count,
      let start = (0...(bytes.count - pivot.count)).first(where: {
        bytes[$0..<($0 + pivot.count)].elementsEqual(pivot)
      })
    else { return ("", source) }
    return (
      String(decoding: bytes[..<start], as: UTF8.self),
      String(decoding: bytes[(start + pivot.count)...], as: UTF8.self)
    )
  }
}
