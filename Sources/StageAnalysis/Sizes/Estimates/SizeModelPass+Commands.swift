import DockerfileInstructions

extension SizeModelPass {
  /// Commands that write no file bytes (directories and empty files count 0).
  static let silentCommands: Set<String> = [
    "set", "true", ":", "cd", "export", "sleep", "ls", "test", "[", "exit", "env", "printenv", "id", "whoami",
    "uname", "date", "pwd", "which", "mkdir", "touch", "rm", "rmdir", "unset", "umask", "command", "type",
  ]

  /// The basis of a silent command's zero, by command name (built once, not per command).
  static let silentBases: [String: String] = Dictionary(
    uniqueKeysWithValues: silentCommands.map { name in
      (name, "estimate: \(name) writes no file bytes (directories, empty files and deletions count 0)")
    })

  /// Commands that write to the build log only, with the basis of their zero.
  static let logOnlyBases: [String: String] = Dictionary(
    uniqueKeysWithValues: ["echo", "printf", "cat"].map { name in
      (name, "estimate: \(name) writes to the build log only")
    })

  /// Account-management commands: they rewrite the account files.
  static let accountCommands: Set<String> = [
    "addgroup", "adduser", "useradd", "groupadd", "usermod", "groupmod", "deluser", "delgroup",
  ]

  /// What the model does with a command, by its base name.
  enum CommandRole {
    /// Writes to the build log only; the basis of its zero.
    case logOnly(String)
    /// Writes no file bytes; the basis of its zero.
    case silent(String)
    case link, account, apt, apk, npm, go, pip, python
  }

  /// Every command name a reader reads, with its role; one lookup per command.
  static let commandRoles: [String: CommandRole] = {
    var roles: [String: CommandRole] = [
      "ln": .link, "apt-get": .apt, "apt": .apt, "apk": .apk, "npm": .npm, "go": .go, "pip": .pip, "pip3": .pip,
      "python": .python, "python3": .python,
    ]
    for name in accountCommands { roles[name] = .account }
    for (name, basis) in silentBases { roles[name] = .silent(basis) }
    for (name, basis) in logOnlyBases { roles[name] = .logOnly(basis) }
    return roles
  }()

  /// Reads one simple command of a `RUN`.
  mutating func readCommand(
    _ command: ShellCommand, name: String, facts: inout RunFacts, in state: inout StageState
  ) -> CommandReading {
    let base = ImagePath.baseName(name)
    if !command.redirectTargets.isEmpty {
      return fileWrite(command, name: base, in: &state)
    }
    guard let role = Self.commandRoles[base] else { return .unread }
    switch role {
    case .logOnly(let basis):
      return .figure(
        .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis), wrote: [], isPlainFileWrite: true)
    case .silent(let basis):
      if base == "rm" {
        for word in command.words.dropFirst() {
          let path = word.text
          guard !path.hasPrefix("-"), !path.utf8.contains(UInt8(ascii: "*")) else { continue }
          state.files.remove(ImagePath.resolve(path, in: state.workdir))
        }
      }
      return .figure(
        .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis), wrote: [], isPlainFileWrite: true)
    case .link:
      return linkFigure(command, in: &state)
    case .account:
      return .figure(
        .estimate(
          low: 0, point: 4_000, high: 16_000, kind: kind,
          basis: "estimate: \(base) rewrites the account files (/etc/passwd, group, shadow, gshadow: "
            + "a few kB in a base image) and may create a home directory"),
        wrote: [], isPlainFileWrite: false)
    case .apt:
      return aptReading(command, facts: &facts, in: state)
    case .apk:
      return apkReading(command, in: state)
    case .npm:
      return npmReading(command, facts: facts, in: &state)
    case .go:
      return goReading(command, facts: facts, in: &state)
    case .pip:
      return pipReading(command, facts: facts, in: state)
    case .python:
      let words = command.words
      if words.count >= 3, words[1].text == "-m", words[2].text.hasPrefix("pip") {
        var pip = command
        pip.words.removeFirst(2)
        return pipReading(pip, facts: facts, in: state)
      }
      return .unread
    }
  }

  /// A zero for a command that writes nothing.
  func zero(_ reason: String) -> ByteFigure {
    .estimate(low: 0, point: 0, high: 0, kind: kind, basis: "estimate: " + reason)
  }

  /// `ln -s target link`: the link's own size is its target's length.
  private mutating func linkFigure(_ command: ShellCommand, in state: inout StageState) -> CommandReading {
    let operands = command.arguments.filter { !$0.hasPrefix("-") }
    let symbolic = command.words.dropFirst().contains { word in
      word.text.hasPrefix("-") && word.text.utf8.contains(UInt8(ascii: "s"))
    }
    guard symbolic, operands.count == 2 else {
      return .unread
    }
    let bytes = Int64(operands[0].utf8.count)
    let figure = ByteFigure.exact(
      bytes, kind: kind, provenance: .estimate,
      basis: "estimate: symbolic link to \(operands[0]) (\(bytes) bytes, its target's length)")
    let path = ImagePath.resolve(operands[1], in: state.workdir)
    state.files.write(path, StageFiles.Entry(figure: figure, isDirectory: false))
    return .figure(figure, wrote: [path], isPlainFileWrite: true)
  }

  /// A command whose output goes to files: `echo`/`printf` text is counted; other commands'
  /// output cannot be read.
  private mutating func fileWrite(_ command: ShellCommand, name: String, in state: inout StageState) -> CommandReading {
    guard name == "echo" || name == "printf" else { return .unread }
    var words = command.words.dropFirst().map { $0 }
    var newline = name == "echo"
    while let first = words.first, name == "echo", first.text == "-n" || first.text == "-e" || first.text == "-ne" {
      if first.text.contains("n") { newline = false }
      words.removeFirst()
    }
    var low = Int64(newline ? 1 : 0) + Int64(max(0, words.count - 1))
    var high = low
    var notes: [String] = []
    for word in words {
      let (wordLow, wordHigh, note) = wordLength(word, in: state)
      low += wordLow
      high += wordHigh
      if let note { notes.append(note) }
    }
    var paths: [String] = []
    for target in command.redirectTargets {
      let path = ImagePath.resolve(target.text, in: state.workdir)
      paths.append(path)
    }
    let point = high == low ? low : (low + high) / 2
    let text = "estimate: \(name) writes \(low == high ? "\(low)" : "\(low)–\(high)") bytes to "
      + paths.joined(separator: ", ") + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    let figure = ByteFigure.estimate(low: low, point: point, high: high, kind: kind, basis: text)
    for path in paths {
      state.files.write(path, StageFiles.Entry(figure: figure, isDirectory: false))
    }
    let total = ByteFigure.estimate(
      low: low * Int64(paths.count), point: point * Int64(paths.count), high: high * Int64(paths.count), kind: kind,
      basis: text)
    return .figure(total, wrote: paths, isPlainFileWrite: true)
  }

  /// The byte length a word expands to: exact for literal text, a range for substitutions.
  private func wordLength(_ word: ShellCommand.Word, in state: StageState) -> (Int64, Int64, String?) {
    guard word.hasExpansion else {
      let length = Int64(word.text.utf8.count)
      return (length, length, nil)
    }
    var literal = word.text
    var low: Int64 = 0
    var high: Int64 = 0
    var notes: [String] = []
    while let start = literal.range(of: "$("), let end = literal[start.upperBound...].firstIndex(of: ")") {
      let inner = literal[start.upperBound..<end].split(separator: " ")
      if inner.count == 2, inner[0] == "cat" {
        let path = ImagePath.resolve(String(inner[1]), in: state.workdir)
        if let entry = state.files.entries[path], entry.figure.isKnown, !entry.isDirectory {
          low += max(0, entry.figure.low - 1)
          high += entry.figure.high
          notes.append("$(cat \(inner[1])) is \(path), \(entry.figure.low)–\(entry.figure.high) bytes less trailing newlines")
        } else {
          high += 4_096
          notes.append("$(cat \(inner[1])): file not known, counted 0–4096 bytes")
        }
      } else {
        high += 4_096
        notes.append("$(\(inner.joined(separator: " "))) counted 0–4096 bytes")
      }
      literal.removeSubrange(start.lowerBound...end)
    }
    if literal.contains("$") || literal.contains("`") {
      let length = Int64(literal.utf8.count)
      notes.append("variables counted as 0–4096 bytes")
      return (low, high + length + 4_096, notes.joined(separator: "; "))
    }
    let length = Int64(literal.utf8.count)
    return (low + length, high + length, notes.isEmpty ? nil : notes.joined(separator: "; "))
  }
}
