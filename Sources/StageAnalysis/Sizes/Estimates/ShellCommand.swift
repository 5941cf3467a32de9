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

  /// Splits a script into simple commands.
  static func split(_ script: String) -> [ShellCommand] {
    var scanner = ShellScanner(Array(script.unicodeScalars))
    return scanner.commands()
  }
}

/// The scanner behind `ShellCommand.split`.
private struct ShellScanner {
  let scalars: [Unicode.Scalar]
  var position = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  mutating func commands() -> [ShellCommand] {
    var result: [ShellCommand] = []
    var current = ShellCommand(assignments: [], words: [], redirectTargets: [])
    func finish() {
      if !current.words.isEmpty || !current.redirectTargets.isEmpty {
        result.append(current)
      }
      current = ShellCommand(assignments: [], words: [], redirectTargets: [])
    }
    while position < scalars.count {
      let scalar = scalars[position]
      switch scalar {
      case " ", "\t":
        position += 1
      case "\\" where peek(1) == "\n":
        position += 2
      case "\n", ";", "&", "|", "(", ")", "{", "}":
        if scalar == "&", peek(1) == ">" {
          position += 1
          continue
        }
        position += 1
        finish()
      case "#" where current.words.isEmpty:
        while position < scalars.count, scalars[position] != "\n" { position += 1 }
      case ">", "<":
        let isOutput = scalar == ">"
        if position > 0, scalars[position - 1].properties.numericType != nil,
          let last = current.words.last, last.text.allSatisfy(\.isNumber)
        {
          current.words.removeLast()
        }
        position += 1
        var duplicates = false
        while position < scalars.count, scalars[position] == ">" || scalars[position] == "&" || scalars[position] == "|" {
          duplicates = duplicates || scalars[position] == "&"
          position += 1
        }
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        let target = word()
        if isOutput && !duplicates && !Self.discardTargets.contains(target.text) {
          current.redirectTargets.append(target)
        }
      default:
        let word = word()
        if current.words.isEmpty, isAssignment(word.text) {
          current.assignments.append(word.text)
        } else {
          current.words.append(word)
        }
      }
    }
    finish()
    return result
  }

  /// Redirection targets that write no file.
  static let discardTargets: Set<String> = ["/dev/null", "/dev/stdout", "/dev/stderr"]

  private func peek(_ offset: Int) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  private func isAssignment(_ text: String) -> Bool {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return false }
    return text[..<equals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
  }

  /// Reads one word; quotes are removed, substitutions are kept verbatim.
  private mutating func word() -> ShellCommand.Word {
    var text = String.UnicodeScalarView()
    var expansion = false
    while position < scalars.count {
      let scalar = scalars[position]
      switch scalar {
      case " ", "\t", "\n", ";", "&", "|", ">", "<", "(", ")":
        if scalar == "(", text.last == "$" { break }
        return ShellCommand.Word(text: String(text), hasExpansion: expansion)
      case "\\":
        if let next = peek(1) {
          if next != "\n" { text.append(next) }
          position += 2
        } else {
          position += 1
        }
        continue
      case "'":
        position += 1
        while position < scalars.count, scalars[position] != "'" {
          text.append(scalars[position])
          position += 1
        }
        position += 1
        continue
      case "\"":
        position += 1
        while position < scalars.count, scalars[position] != "\"" {
          if scalars[position] == "\\", let next = peek(1) {
            text.append(next)
            position += 2
            continue
          }
          if scalars[position] == "$" || scalars[position] == "`" { expansion = true }
          text.append(scalars[position])
          position += 1
        }
        position += 1
        continue
      case "$", "`":
        expansion = true
      default:
        break
      }
      if scalar == "(" {
        copyBalanced(into: &text)
        continue
      }
      text.append(scalar)
      position += 1
    }
    return ShellCommand.Word(text: String(text), hasExpansion: expansion)
  }

  /// Copies `( … )` with nesting, as part of a `$( … )` word.
  private mutating func copyBalanced(into text: inout String.UnicodeScalarView) {
    var depth = 0
    while position < scalars.count {
      let scalar = scalars[position]
      text.append(scalar)
      position += 1
      if scalar == "(" { depth += 1 }
      if scalar == ")" {
        depth -= 1
        if depth == 0 { return }
      }
    }
  }
}
