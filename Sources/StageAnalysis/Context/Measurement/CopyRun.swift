/// The work of measuring one instruction: resolves its sources in the
/// transferred context and gathers the entries they bring.
struct CopyRun {
  let transferred: TransferredContext
  var excluder: PatternMatcher?
  var issues: [ContextIssue] = []
  /// Entries in the order they were recorded; the same destination may come more than once.
  private var entries: [MeasuredEntry] = []
  /// The destinations recorded so far, kept only once `--parents` asks whether a parent is there.
  private var recordedDestinations: Set<String>?

  init(transferred: TransferredContext) {
    self.transferred = transferred
  }

  /// The entries by destination path in byte order; of entries with the same destination the
  /// last recorded wins (a later source overwrites an earlier one, as in the image).
  ///
  /// A walk records a directory's entries in byte order of their names with each directory's
  /// contents right after it, which is often the order wanted already and otherwise nearly
  /// (a name with a byte below `/`, such as `a.txt`, sorts between `a` and `a/b`): the check
  /// comes first, and the stable sort has little to do when it is needed.
  func orderedEntries() -> [MeasuredEntry] {
    let isOrdered = entries.indices.dropFirst().allSatisfy {
      ContextPath.precedesInByteOrder(entries[$0 - 1].destinationPath, entries[$0].destinationPath)
    }
    // Strictly increasing: ordered, and no destination twice.
    if isOrdered { return entries }
    let sorted = entries.sorted { ContextPath.precedesInByteOrder($0.destinationPath, $1.destinationPath) }
    var result: [MeasuredEntry] = []
    result.reserveCapacity(sorted.count)
    for entry in sorted {
      if let last = result.last, last.destinationPath == entry.destinationPath {
        result[result.count - 1] = entry
      } else {
        result.append(entry)
      }
    }
    return result
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
    if node.entry.kind.isDirectory, let directory = transferred.directory(path) {
      checkReadable(path, node.entry, directory: directory)
      copyContents(of: directory, destination: "", excluderState: nil, relativeBase: path)
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
  private mutating func directory(_ path: String) -> TransferredContext.Directory? {
    guard case .found(let resolvedPath, let node) = lookup(path), node.entry.kind.isDirectory else {
      return nil
    }
    return transferred.directory(resolvedPath)
  }

  // MARK: - Directory contents

  /// Records everything present below `directory`, returning whether anything was.
  ///
  /// `destination` is where the directory's contents land, relative to the
  /// instruction's destination; `--exclude` patterns see paths relative to `relativeBase`.
  @discardableResult
  private mutating func copyContents(
    of directory: TransferredContext.Directory, destination: String,
    excluderState: PatternMatcher.MatchState?, relativeBase base: String
  ) -> Bool {
    // Copying a directory into the same place (the whole context to its root) gives each entry
    // its own path as destination: reuse it rather than join it again.
    let mirrors = destination == directory.path
    var recordedAny = false
    for child in transferred.presentChildren(of: directory) {
      let target = mirrors ? child.path : ContextPath.join(destination, child.name)
      var state: PatternMatcher.MatchState?
      if let excluder {
        let relative = relativePath(child.path, below: base)
        let verdict = excluder.evaluate(relative, parent: excluderState)
        state = verdict.state
        if verdict.matched {
          if let subdirectory = child.directory, excluder.mustDescend(intoExcluded: relative) {
            if copyContents(of: subdirectory, destination: target, excluderState: state, relativeBase: base) {
              record(child, destination: target)
              recordedAny = true
            }
          }
          continue
        }
      }
      record(child, destination: target)
      recordedAny = true
      if let subdirectory = child.directory {
        copyContents(of: subdirectory, destination: target, excluderState: state, relativeBase: base)
      }
    }
    return recordedAny
  }

  private func relativePath(_ path: String, below base: String) -> String {
    base.isEmpty ? path : String(path.utf8.dropFirst(base.utf8.count + 1)) ?? path
  }

  private mutating func record(_ child: TransferredContext.Child, destination: String) {
    record(child.path, destination: destination, node: child.node, directory: child.directory)
  }

  private mutating func record(
    _ path: String, destination: String, node: TransferredContext.Node,
    directory: TransferredContext.Directory? = nil
  ) {
    checkReadable(path, node.entry, directory: directory)
    if case .special(let kind) = node.entry.kind {
      issues.append(ContextIssue(.specialFile(path: path, kind: kind)))
    }
    entries.append(MeasuredEntry(contextPath: path, destinationPath: destination, kind: node.entry.kind))
    recordedDestinations?.insert(destination)
  }

  /// Reports an entry the builder could not read; `directory` is its record when the caller has it.
  private mutating func checkReadable(
    _ path: String, _ entry: ContextEntry, directory: TransferredContext.Directory? = nil
  ) {
    // A directory's record, when the caller has it, answers without a lookup by path.
    let listingFailure: ContextAccessError?
    if !entry.kind.isDirectory {
      listingFailure = nil
    } else if let directory {
      listingFailure = directory.listingFailure
    } else {
      listingFailure = transferred.listingFailure(at: path)
    }
    if let failure = listingFailure {
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
    in directory: TransferredContext.Directory, relative: String, depth: Int, maxDepth: Int,
    pattern: [Unicode.Scalar], into matches: inout [String]
  ) {
    for child in transferred.presentChildren(of: directory) {
      let relativePath = ContextPath.join(relative, child.name)
      let matched =
        (try? FilepathMatch.matches(pattern: pattern, name: Array(relativePath.unicodeScalars))) ?? false
      if matched {
        matches.append(child.path)
        continue
      }
      if depth < maxDepth, let subdirectory = child.directory {
        collectMatches(
          in: subdirectory, relative: relativePath, depth: depth + 1, maxDepth: maxDepth, pattern: pattern,
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
    if recordedDestinations == nil {
      recordedDestinations = Set(entries.map(\.destinationPath))
    }
    if let resolved = directory(base) {
      if include.isEmpty {
        found = true
        copyContents(of: resolved, destination: "", excluderState: nil, relativeBase: resolved.path)
      } else if let matcher = try? PatternMatcher([include]) {
        found = copyIncluded(in: resolved, base: resolved.path, matcher: matcher, state: nil)
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
    in directory: TransferredContext.Directory, base: String, matcher: PatternMatcher,
    state: PatternMatcher.MatchState?
  ) -> Bool {
    var any = false
    for child in transferred.presentChildren(of: directory) {
      let relative = relativePath(child.path, below: base)
      let verdict = matcher.evaluate(relative, parent: state)
      if verdict.matched {
        any = true
        copyWithParents(child, relative: relative, base: base)
      } else if let subdirectory = child.directory {
        any = copyIncluded(in: subdirectory, base: base, matcher: matcher, state: verdict.state) || any
      }
    }
    return any
  }

  private mutating func copyWithParents(_ child: TransferredContext.Child, relative: String, base: String) {
    var parent = ContextPath.parent(of: relative)
    while !parent.isEmpty, recordedDestinations?.contains(parent) != true {
      let parentPath = ContextPath.join(base, parent)
      if let parentNode = transferred.node(parentPath) {
        record(parentPath, destination: parent, node: parentNode)
      }
      parent = ContextPath.parent(of: parent)
    }
    record(child, destination: relative)
    if let subdirectory = child.directory {
      copyContents(
        of: subdirectory, destination: relative, excluderState: nil, relativeBase: subdirectory.path)
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
