/// One compiled pattern of a ``PatternMatcher``, matching whole paths the way
/// moby/patternmatcher's `Pattern.match` does.
///
/// patternmatcher sorts each pattern into one of four kinds while translating
/// it to a regular expression, and the kind decides the semantics:
/// - **exact** — no wildcard at all: the path must equal the pattern;
/// - **prefix** — a literal followed by a final `**` (`dir/**`, `abc**`):
///   the path must start with the literal (`dir/**` does not match `dir`);
/// - **suffix** — a pattern opening with `**` whose rest is literal
///   (`**/foo`, `**.log`): the path must end with the rest, or equal it
///   without its leading `/`;
/// - **program** — everything else: an anchored expression where `*` is
///   `[^/]*`, `?` is `[^/]`, `**/` and an inner `**` are `(.*/)?`, a final
///   `**` is `.*`, `[...]` is a regular-expression class (which can match `/`).
/// The kinds are reproduced here, then programs run on a small NFA instead
/// of a regex engine.
public struct IgnorePattern: Sendable, Equatable {
  /// How the pattern is matched.
  public enum Kind: Sendable, Equatable {
    /// The path must equal the pattern.
    case exact
    /// The path must start with the given literal.
    case prefix(String)
    /// The path must end with the given literal (or equal it without a leading `/`).
    case suffix(String)
    /// The path must match the compiled program.
    case program
  }

  /// The cleaned pattern, without the `!` of an exception.
  public let cleaned: String
  /// Whether the pattern re-includes paths (`!pattern`).
  public let isException: Bool
  /// The `.dockerignore` line the pattern came from, when it came from one.
  public let line: Int?
  /// How the pattern is matched.
  public let kind: Kind
  /// Whether the pattern uses a regular-expression escape inside its
  /// translation (`\d`, `\b`, a `*` inside `[...]`, …) that stagetui matches
  /// as `filepath.Match` would rather than as Go's regexp would.
  public let isApproximate: Bool

  let program: GlobProgram
  /// UTF-8 of the literal start (for indexing); for `.prefix` the whole prefix.
  let literalPrefix: [UInt8]
  /// UTF-8 of the literal end (for indexing); for `.suffix` the whole suffix.
  let literalSuffix: [UInt8]
  /// UTF-8 of the longest literal run anywhere in a program (for indexing).
  let literalInfix: [UInt8]

  init(cleaned: String, isException: Bool, line: Int?) throws(PatternError) {
    self.cleaned = cleaned
    self.isException = isException
    self.line = line
    let translation = try GlobProgram.translate(cleaned, line: line)
    program = translation.program
    isApproximate = translation.isApproximate
    switch translation.kind {
    case .exact:
      kind = .exact
      literalPrefix = Array(cleaned.utf8)
      literalSuffix = []
      literalInfix = []
    case .prefix:
      let literal = String(cleaned.unicodeScalars.dropLast(2))
      kind = .prefix(literal)
      literalPrefix = Array(literal.utf8)
      literalSuffix = []
      literalInfix = []
    case .suffix:
      let literal = String(cleaned.unicodeScalars.dropFirst(2))
      kind = .suffix(literal)
      literalPrefix = []
      literalSuffix = Array(literal.utf8)
      literalInfix = []
    case .program:
      kind = .program
      literalPrefix = Array(String(String.UnicodeScalarView(program.literalPrefix)).utf8)
      literalSuffix = Array(String(String.UnicodeScalarView(program.literalSuffix)).utf8)
      literalInfix = Array(String(String.UnicodeScalarView(program.longestLiteralRun)).utf8)
    }
  }

  /// Whether the pattern matches `path` itself (no parent-directory rule).
  public func matches(_ path: String) -> Bool {
    matches(path, scalars: Array(path.unicodeScalars))
  }

  func matches(_ path: String, scalars: [Unicode.Scalar]) -> Bool {
    switch kind {
    case .exact:
      return path.utf8.elementsEqual(cleaned.utf8)
    case .prefix:
      return path.utf8.starts(with: literalPrefix)
    case .suffix(let suffix):
      let bytes = path.utf8
      if bytes.count >= literalSuffix.count, bytes.suffix(literalSuffix.count).elementsEqual(literalSuffix) {
        return true
      }
      return literalSuffix.first == UInt8(ascii: "/") && bytes.elementsEqual(suffix.utf8.dropFirst())
    case .program:
      return program.matches(scalars)
    }
  }

  /// fsutil's `patternWithoutTrailingGlob`: the pattern minus a final `/**` or `/*`.
  var withoutTrailingGlob: String {
    var text = cleaned
    for glob in ["/**", "/*"]
    where text.utf8.count >= glob.utf8.count && text.utf8.reversed().starts(with: glob.utf8.reversed()) {
      text = String(text.unicodeScalars.dropLast(glob.unicodeScalars.count))
    }
    return text
  }
}

/// Why a set of ignore patterns cannot be used; BuildKit fails the build for each.
public enum PatternError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A line that is only `!` (patternmatcher: `illegal exclusion pattern: "!"`).
  case illegalExclusion(line: Int?)
  /// A pattern `filepath.Match` rejects (`syntax error in pattern`).
  case badPattern(String, line: Int?)
  /// A class range whose ends are reversed, which Go's regexp rejects when matching.
  case invalidClassRange(String, line: Int?)

  /// The message, prefixed with the `.dockerignore` line when known.
  public var description: String {
    switch self {
    case .illegalExclusion(let line):
      return Self.located(line, "illegal exclusion pattern: \"!\"")
    case .badPattern(let pattern, let line):
      return Self.located(line, "syntax error in pattern: \(pattern)")
    case .invalidClassRange(let pattern, let line):
      return Self.located(line, "invalid character class range in pattern: \(pattern)")
    }
  }

  private static func located(_ line: Int?, _ message: String) -> String {
    guard let line else { return message }
    return ".dockerignore:\(line): \(message)"
  }
}
