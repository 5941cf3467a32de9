/// The simple commands of a shell script, split well enough to see which programs it runs.
///
/// Not a shell: quotes are removed, `&&`, `||`, `;`, `|`, `&`, newlines and
/// parentheses separate commands, leading `NAME=value` assignments are kept
/// apart, and wrappers (`sudo`, `env`, `exec`, `command`, `time`, `nohup`) are
/// skipped so the program itself comes first.
struct ShellCommandLine: Hashable, Sendable {
  /// One simple command.
  struct Command: Hashable, Sendable {
    /// `NAME=value` assignments written before the program.
    var assignments: [String: String]
    /// The program and its arguments.
    var words: [String]

    /// The program's file name (`/usr/bin/apt-get` gives `apt-get`).
    var program: String? {
      words.first.map { word in word.split(separator: "/").last.map(String.init) ?? word }
    }
  }

  /// The commands, in order.
  var commands: [Command]

  static let wrappers: Set<String> = ["sudo", "env", "exec", "command", "time", "nohup", "xargs"]

  init(_ script: String) {
    var commands: [Command] = []
    var words: [String] = []
    var word = ""
    var hasWord = false
    var quote: Character?
    var escaped = false
    func endWord() {
      if hasWord { words.append(word) }
      word = ""
      hasWord = false
    }
    func endCommand() {
      endWord()
      if let command = Self.command(words) { commands.append(command) }
      words = []
    }
    for character in script {
      if escaped {
        escaped = false
        if character != "\n" {
          word.append(character)
          hasWord = true
        }
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else {
          word.append(character)
        }
        continue
      }
      switch character {
      case "\\": escaped = true
      case "'", "\"":
        quote = character
        hasWord = true
      case " ", "\t", "\r": endWord()
      case "\n", ";", "&", "|", "(", ")", "{", "}", "`": endCommand()
      default:
        word.append(character)
        hasWord = true
      }
    }
    endCommand()
    self.commands = commands
  }

  /// Every program the script runs, in order.
  var programs: [String] { commands.compactMap(\.program) }

  private static func command(_ words: [String]) -> Command? {
    var assignments: [String: String] = [:]
    var rest = words[...]
    while let first = rest.first {
      if let equals = first.firstIndex(of: "="), first.first.map({ $0.isLetter || $0 == "_" }) == true,
        first[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      {
        assignments[String(first[..<equals])] = String(first[first.index(after: equals)...])
        rest = rest.dropFirst()
      } else if wrappers.contains(first) {
        rest = rest.dropFirst()
        while let option = rest.first, option.hasPrefix("-") { rest = rest.dropFirst() }
      } else {
        break
      }
    }
    guard !rest.isEmpty || !assignments.isEmpty else { return nil }
    return Command(assignments: assignments, words: Array(rest))
  }
}
