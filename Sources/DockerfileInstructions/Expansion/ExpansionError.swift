import DockerfileSyntax

/// Why BuildKit's shell lexer rejected a word, and where.
public struct ExpansionError: Error, Hashable, Sendable {
  /// The kinds of failure, each phrased as BuildKit phrases it.
  public enum Kind: Hashable, Sendable {
    /// A `'…'` without its closing quote.
    case unterminatedSingleQuote
    /// A `"…"` without its closing quote.
    case unterminatedDoubleQuote
    /// A nested word ended before the character that should close it.
    case unterminated(closing: Character)
    /// `${` without its `}`.
    case missingClosingBrace
    /// `${v/pattern` without the `/` that starts the replacement.
    case missingReplacementSlash
    /// `${}`, `${:…}`, `${{…}`.
    case badSubstitution
    /// An operator BuildKit does not implement, such as `${v:=d}` or `${v:#p}`.
    case unsupportedModifier(String)
    /// `${v?message}` / `${v:?message}` on an unset (or empty) variable.
    case required(name: String, message: String)
    /// A `#`, `%` or `/` pattern with a bad escape.
    case invalidPattern(pattern: String, reason: String)
  }

  /// What went wrong.
  public var kind: Kind
  /// The word as given to the expander.
  public var word: String
  /// UTF-8 offset in `word` where the problem was detected.
  public var offset: Int

  /// Creates an error.
  public init(kind: Kind, word: String, offset: Int) {
    self.kind = kind
    self.word = word
    self.offset = offset
  }

  /// The reason alone, e.g. `syntax error: missing '}'`.
  public var reason: String {
    switch kind {
    case .unterminatedSingleQuote:
      return "unexpected end of statement while looking for matching single-quote"
    case .unterminatedDoubleQuote:
      return "unexpected end of statement while looking for matching double-quote"
    case .unterminated(let closing):
      return "unexpected end of statement while looking for matching \(closing)"
    case .missingClosingBrace:
      return "syntax error: missing '}'"
    case .missingReplacementSlash:
      return "syntax error: missing '/' in ${}"
    case .badSubstitution:
      return "syntax error: bad substitution"
    case .unsupportedModifier(let modifier):
      return "unsupported modifier (\(modifier)) in substitution"
    case .required(let name, let message):
      return "\(name): \(message)"
    case .invalidPattern(let pattern, let reason):
      return "invalid pattern (\(pattern)) in substitution: \(reason)"
    }
  }

  /// The full message, as BuildKit prints it: `failed to process "<word>": <reason>`.
  public var message: String {
    "failed to process \(GoQuote.quote(word)): \(reason)"
  }
}
