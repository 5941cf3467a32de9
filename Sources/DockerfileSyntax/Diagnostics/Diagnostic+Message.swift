extension Diagnostic {
  /// The texts of the parser's diagnostics, in BuildKit's words where
  /// BuildKit reports the same problem.
  enum Message {
    static let noInstructions = "file with no instructions"
    static let notStringArray = "when using JSON array syntax, arrays must be comprised of strings only"
    static let unterminatedHeredoc = "unterminated heredoc"
    static let emptyContinuationLine =
      "empty continuation line; empty continuation lines will become errors in a future release"
    static let lineTooLong = "dockerfile line greater than max allowed size of 65535"

    static func mustHaveTwoArguments(_ key: String) -> String {
      "\(key) must have two arguments"
    }

    static func missingEquals(_ word: String) -> String {
      "Syntax error - can't find = in \(GoQuote.quote(word)). Must be of the form: name=value"
    }

    static func duplicateDirective(_ name: String) -> String {
      "only one \(name) parser directive can be used"
    }

    static func invalidEscapeToken(_ value: String) -> String {
      "invalid escape token '\(value)' does not match ` or \\"
    }

    static func heredocLexing(_ detail: String) -> String {
      "heredoc: \(detail)"
    }
  }
}

