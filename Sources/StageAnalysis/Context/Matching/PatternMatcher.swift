/// `.dockerignore` (and `COPY --exclude`) matching with BuildKit's semantics.
///
/// Patterns apply in order: a path is excluded when the last pattern that
/// matches it, or matches one of its parent directories, is not an exception
/// (`!`). A pattern that matches a directory therefore excludes everything
/// below it unless a later exception re-includes something.
///
/// BuildKit's context walker (fsutil's filter) evaluates each path with the
/// per-pattern results of its parent directory (patternmatcher's
/// `MatchesUsingParentResults`); ``evaluate(_:parent:)`` reproduces that,
/// including its quirk that a pattern skipped for a directory (because it
/// could not have changed the outcome there) is not inherited by the
/// directory's children. ``matches(_:)`` walks a path's ancestors the same
/// way, so it answers what BuildKit's walk would.
public struct PatternMatcher: Sendable {
  /// The compiled patterns, in order.
  public var patterns: [IgnorePattern] { compiled.patterns }
  /// Whether any pattern is an exception (`!`).
  public var hasExceptions: Bool { compiled.hasExceptions }
  /// What compiling made, shared by every copy of the matcher (it is handed around a lot).
  private let compiled: Compiled

  private final class Compiled: Sendable {
    let patterns: [IgnorePattern]
    let hasExceptions: Bool
    let index: PatternIndex
    /// fsutil's `onlyPrefixExcludeExceptions`: no exception uses a wildcard
    /// (besides a trailing `/*` or `/**`).
    let exceptionsArePrefixes: Bool
    let exceptionPrefixes: [String]

    init(patterns: [IgnorePattern]) {
      self.patterns = patterns
      hasExceptions = patterns.contains { $0.isException }
      index = PatternIndex(patterns)
      let wildcardCharacters: Set<Unicode.Scalar> = ["*", "[", "]", "?", "^", "\\"]
      let exceptions = patterns.filter(\.isException).map(\.withoutTrailingGlob)
      exceptionsArePrefixes = !exceptions.contains {
        $0.unicodeScalars.contains(where: wildcardCharacters.contains)
      }
      exceptionPrefixes = exceptions.map { $0 + "/" }
    }
  }

  /// Per-pattern results for a directory, handed to its children.
  public struct MatchState: Sendable, Equatable {
    /// Sorted ids of the patterns recorded as matching the directory.
    var matched: [Int32]
  }

  /// Compiles patterns given as `patternmatcher.New` takes them (`!` marks an exception).
  ///
  /// Each is trimmed and cleaned again; empty ones are dropped.
  public init(_ patterns: [String]) throws(PatternError) {
    try self.init(lines: patterns.map { ($0, nil) })
  }

  /// Compiles a parsed `.dockerignore` file, keeping line numbers for errors.
  public init(_ file: DockerignoreFile) throws(PatternError) {
    try self.init(lines: file.patterns.map { ($0.readAllForm, $0.line) })
  }

  private init(lines: [(String, Int?)]) throws(PatternError) {
    var compiled: [IgnorePattern] = []
    for (text, line) in lines {
      let trimmed = DockerignoreFile.trimmingSpace(text)
      if trimmed.isEmpty { continue }
      var cleaned = ContextPath.clean(trimmed)
      var exception = false
      if cleaned.utf8.first == UInt8(ascii: "!") {
        guard cleaned.utf8.count > 1 else { throw .illegalExclusion(line: line) }
        exception = true
        cleaned = String(cleaned.unicodeScalars.dropFirst())
      }
      compiled.append(try IgnorePattern(cleaned: cleaned, isException: exception, line: line))
    }
    self.compiled = Compiled(patterns: compiled)
  }

  /// Whether BuildKit's walk leaves `path` out of the context.
  public func matches(_ path: String) -> Bool {
    var state: MatchState?
    for prefix in Self.parentPrefixes(of: path) {
      state = evaluate(prefix, parent: state).state
    }
    return evaluate(path, parent: state).matched
  }

  /// The parent directories patternmatcher tries: `filepath.Dir(path)` split
  /// on `/` (empty elements kept), each prefix in turn; none when it is `.`.
  static func parentPrefixes(of path: String) -> [String] {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return [] }
    let directory = ContextPath.clean(String(path[...slash]))
    if directory == "." { return [] }
    let parts = directory.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    var prefixes: [String] = []
    var prefix: [UInt8] = []
    for (offset, part) in parts.enumerated() {
      if offset > 0 { prefix.append(UInt8(ascii: "/")) }
      prefix.append(contentsOf: part)
      prefixes.append(String(decoding: prefix, as: UTF8.self))
    }
    return prefixes
  }

  /// patternmatcher's `MatchesOrParentMatches`: each pattern is tried on the
  /// path and on every parent directory, with no state carried between levels.
  public func matchesOrParentMatches(_ path: String) -> Bool {
    evaluate(path, parent: nil).matched
  }

  /// Evaluates one path given its parent directory's state (nil for a
  /// top-level path, or to try every pattern on every parent directory).
  public func evaluate(_ path: String, parent: MatchState?) -> (matched: Bool, state: MatchState) {
    let index = compiled.index
    let patterns = compiled.patterns
    var candidates = index.candidates(for: path)
    var ancestors: [(String, [Unicode.Scalar])] = []
    if parent == nil {
      for prefix in Self.parentPrefixes(of: path) {
        ancestors.append((prefix, Array(prefix.unicodeScalars)))
        candidates.append(contentsOf: index.candidates(for: prefix))
      }
      if !ancestors.isEmpty { candidates = Array(Set(candidates)).sorted() }
    }
    let inherited = parent?.matched ?? []
    if candidates.isEmpty {
      // Only the parent's patterns: each is recorded again, and the last decides.
      let last = inherited.last.map { patterns[Int($0)] }
      return (last.map { !$0.isException } ?? false, MatchState(matched: inherited))
    }
    // The scalars are needed only by a pattern that runs its program.
    var pathScalars: [Unicode.Scalar]?
    var matched = false
    var recorded: [Int32] = []
    var inheritedIndex = 0
    var candidateIndex = 0
    while inheritedIndex < inherited.count || candidateIndex < candidates.count {
      let nextInherited = inheritedIndex < inherited.count ? inherited[inheritedIndex] : Int32.max
      let nextCandidate = candidateIndex < candidates.count ? candidates[candidateIndex] : Int32.max
      let id = min(nextInherited, nextCandidate)
      if nextInherited == id { inheritedIndex += 1 }
      if nextCandidate == id { candidateIndex += 1 }
      let pattern = patterns[Int(id)]
      if nextInherited == id {
        matched = !pattern.isException
        recorded.append(id)
        continue
      }
      if pattern.isException != matched { continue }
      if pattern.kind == .program, pathScalars == nil { pathScalars = Array(path.unicodeScalars) }
      var hit = pattern.matches(path, scalars: pathScalars ?? [])
      if !hit {
        hit = ancestors.contains { pattern.matches($0.0, scalars: $0.1) }
      }
      if hit {
        matched = !pattern.isException
        recorded.append(id)
      }
    }
    return (matched, MatchState(matched: recorded))
  }

  /// fsutil's rule for an excluded directory: whether the walk must still
  /// enter it because an exception might re-include something below it.
  ///
  /// With no exceptions, never. When every exception is a plain path
  /// (wildcards allowed only as a final `/*` or `/**`), only if one of them
  /// lies below the directory. Otherwise always.
  public func mustDescend(intoExcluded directory: String) -> Bool {
    guard compiled.hasExceptions else { return false }
    guard compiled.exceptionsArePrefixes else { return true }
    let directorySlash = directory + "/"
    return compiled.exceptionPrefixes.contains { $0.utf8.starts(with: directorySlash.utf8) }
  }
}
