/// BuildKit's shell lexer: variable expansion, quote removal and word splitting.
///
/// Mirrors `frontend/dockerfile/shell/lex.go`: `$v`, `${v}`, `${v:-d}`, `${v-d}`,
/// `${v:+a}`, `${v+a}`, `${v:?m}`, `${v?m}`, `${v#p}`, `${v##p}`, `${v%p}`,
/// `${v%%p}`, `${v/p/r}`, `${v//p/r}`; single and double quotes; the escape token
/// (`\` or `` ` ``). BuildKit has no `${#v}`: `${#}` is the special parameter `#`.
public struct ShellWordExpander: Hashable, Sendable {
  /// The escape character: `\` by default, `` ` `` under `# escape=``.
  public var escapeToken: Unicode.Scalar
  /// Keep quote characters in the result (BuildKit's `RawQuotes`).
  public var rawQuotes = false
  /// Keep escape characters in the result (BuildKit's `RawEscapes`).
  public var rawEscapes = false
  /// Treat quotes as ordinary characters (BuildKit's `SkipProcessQuotes`).
  public var skipProcessQuotes = false
  /// Leave references to unset variables as written (BuildKit's `SkipUnsetEnv`).
  public var skipUnsetEnv = false

  /// An expander with the given escape token.
  public init(escapeToken: Unicode.Scalar = "\\") {
    self.escapeToken = escapeToken
  }

  /// An expander with the escape token byte of a parsed Dockerfile.
  public init(escapeByte: UInt8) {
    self.escapeToken = Unicode.Scalar(escapeByte)
  }

  /// Expands `word`, returning the value, the split words and which variables were used.
  public func expand(
    _ word: String, in environment: ExpansionEnvironment
  ) -> Result<ExpansionResult, ExpansionError> {
    var scanner = ShellWordScanner(word: word, environment: environment, options: self)
    do {
      let (value, words) = try scanner.processStopOn(nil, rawEscapes: rawEscapes)
      return .success(
        ExpansionResult(
          value: value, words: words, referenced: scanner.referenced, unset: scanner.unset))
    } catch {
      return .failure(error)
    }
  }

  /// BuildKit's `ProcessWord`: the expanded value with quotes removed.
  public func processWord(
    _ word: String, in environment: ExpansionEnvironment
  ) -> Result<String, ExpansionError> {
    expandValue(word, in: environment).map(\.value)
  }

  /// The expanded value and the variables looked up and not set, without splitting the
  /// value into words (what `expand` adds); a literal word is its own value, and a word of
  /// plain references is read without the lexer.
  public func expandValue(
    _ word: String, in environment: ExpansionEnvironment
  ) -> Result<(value: String, unset: [String]), ExpansionError> {
    if isLiteral(word) { return .success((word, [])) }
    if let plain = substitutePlainReferences(word, in: environment) { return .success(plain) }
    var scanner = ShellWordScanner(word: word, environment: environment, options: self, collectsWords: false)
    do {
      let (value, _) = try scanner.processStopOn(nil, rawEscapes: rawEscapes)
      return .success((value, scanner.unset))
    } catch {
      return .failure(error)
    }
  }

  /// Whether `word` has nothing for the lexer to do (no `$`, quotes or escape token), so its value is itself.
  public func isLiteral(_ word: String) -> Bool {
    guard escapeToken.isASCII else { return false }
    let escape = UInt8(escapeToken.value)
    return word.utf8.allSatisfy { byte in
      byte != UInt8(ascii: "$") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\"") && byte != escape
    }
  }

  /// BuildKit's `ProcessWords`: the expanded value split into words.
  public func processWords(
    _ word: String, in environment: ExpansionEnvironment
  ) -> Result<[String], ExpansionError> {
    expand(word, in: environment).map(\.words)
  }
}
