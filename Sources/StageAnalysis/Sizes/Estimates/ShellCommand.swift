import DockerfileInstructions

/// One simple command of a `RUN` script, read the way a size model needs it: its words
/// (quotes removed, leading `NAME=value` assignments set aside) and its output redirections.
///
/// This is not a shell: it splits on `&&`, `||`, `;`, `|` and newlines outside quotes, keeps
/// `$(…)` and backquotes inside a word, and records `>`/`>>` targets. Anything it cannot read
/// leaves the command for the caller to call unknown.
struct ShellCommand: Hashable, Sendable {
  /// A word as written (quotes removed) and whether it held a substitution or variable.
  struct Word: Hashable, Sendable {
    var text: String
    var hasExpansion: Bool
  }

  /// `NAME=value` assignments before the command name.
  var assignments: [String]
  /// The command name and its arguments.
  var words: [Word]
  /// Files written by `>` or `>>`, as written.
  var redirectTargets: [Word]

  /// The command name (`apt-get`), or nil for an empty command.
  var name: String? { words.first?.text }

  /// The arguments after the command name, as text.
  var arguments: [String] { words.dropFirst().map(\.text) }

  /// Splits a script into simple commands, replacing the `variables` it knows.
  static func split(_ script: String, variables: ExpansionEnvironment = ExpansionEnvironment()) -> [ShellCommand] {
    var text = script
    return text.withUTF8 { bytes in
      var scanner = ShellScanner(bytes, variables: variables)
      return scanner.commands()
    }
  }
}
