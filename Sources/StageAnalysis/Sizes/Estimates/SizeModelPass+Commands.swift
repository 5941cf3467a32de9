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

  /// Every command name a reader reads, with its role, by `packedName` (all are short enough).
  static let commandRoles: [UInt64: CommandRole] = {
    var roles: [String: CommandRole] = [
      "ln": .link, "apt-get": .apt, "apt": .apt, "apk": .apk, "npm": .npm, "go": .go, "pip": .pip, "pip3": .pip,
      "python": .python, "python3": .python,
    ]
    for name in accountCommands { roles[name] = .account }
    for (name, basis) in silentBases { roles[name] = .silent(basis) }
    for (name, basis) in logOnlyBases { roles[name] = .logOnly(basis) }
    var packed: [UInt64: CommandRole] = [:]
    for (name, role) in roles {
      guard let key = Array(name.utf8).withUnsafeBufferPointer(SizeModelPass.packedName) else {
        preconditionFailure("command name \(name) is longer than 8 bytes")
      }
      packed[key] = role
    }
    return packed
  }()

  /// A command name of up to 8 bytes with no NUL as one integer, so the role table is asked
  /// without making a `String` of every command's name; nil for any other name (it has no role).
  static func packedName(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
    var key: UInt64 = 0
    for byte in bytes {
      guard byte != 0 else { return nil }
      key = key << 8 | UInt64(byte)
    }
    return key
  }

  /// The role of the command whose base name is `field`, if a reader reads it.
  private static func role(of field: ShellScript.Field, in script: ShellScript) -> CommandRole? {
    guard let key = script.bytes(of: field, packedName) else { return nil }
    return commandRoles[key]
  }

  /// Reads one simple command (one with a name) of a `RUN`.
  mutating func readCommand(
    _ command: ShellCommand, in script: ShellScript, facts: inout RunFacts, state: inout StageState
  ) -> CommandReading {
    guard let base = script.baseNameField(of: command) else { return .unread }
    if !command.redirectTargets.isEmpty {
      return fileWrite(command, in: script, base: base, state: &state)
    }
    guard let role = Self.role(of: base, in: script) else { return .unread }
    switch role {
    case .logOnly(let basis):
      return .figure(
        .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis), wrote: [], isPlainFileWrite: true)
    case .silent(let basis):
      if script.field(base, is: "rm") {
        for word in script.argumentFields(of: command) {
          guard !script.isOption(word), !script.bytes(of: word, { $0.contains(UInt8(ascii: "*")) }) else { continue }
          state.files.remove(ImagePath.resolve(script.string(word), in: state.workdir))
        }
      }
      return .figure(
        .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis), wrote: [], isPlainFileWrite: true)
    case .link:
      return linkFigure(command, in: script, state: &state)
    case .account:
      return .figure(
        .estimate(
          low: 0, point: 4_000, high: 16_000, kind: kind,
          basis: "estimate: \(script.string(base)) rewrites the account files (/etc/passwd, group, shadow, gshadow: "
            + "a few kB in a base image) and may create a home directory"),
        wrote: [], isPlainFileWrite: false)
    case .apt:
      return aptReading(command, in: script, facts: &facts, state: state)
    case .apk:
      return apkReading(command, in: script, state: state)
    case .npm:
      return npmReading(script.arguments(of: command), facts: facts, in: &state)
    case .go:
      return goReading(script.arguments(of: command), facts: facts, in: &state)
    case .pip:
      return pipReading(script.arguments(of: command), facts: facts, in: state)
    case .python:
      let words = script.words(of: command)
      if words.count >= 3, script.field(words[words.startIndex + 1], is: "-m"),
        script.field(words[words.startIndex + 2], hasPrefix: "pip")
      {
        return pipReading(Array(script.arguments(of: command).dropFirst(2)), facts: facts, in: state)
      }
      return .unread
    }
  }

  /// A zero for a command that writes nothing.
  func zero(_ reason: String) -> ByteFigure {
    .estimate(low: 0, point: 0, high: 0, kind: kind, basis: "estimate: " + reason)
  }

  /// `ln -s target link`: the link's own size is its target's length.
  private mutating func linkFigure(_ command: ShellCommand, in script: ShellScript, state: inout StageState)
    -> CommandReading
  {
    let arguments = script.argumentFields(of: command)
    let symbolic = arguments.contains { word in
      script.isOption(word) && script.bytes(of: word) { $0.contains(UInt8(ascii: "s")) }
    }
    let operands = arguments.filter { !script.isOption($0) }
    guard symbolic, operands.count == 2 else {
      return .unread
    }
    let target = script.string(operands[0])
    let bytes = Int64(target.utf8.count)
    let figure = ByteFigure.exact(
      bytes, kind: kind, provenance: .estimate,
      basis: "estimate: symbolic link to \(target) (\(bytes) bytes, its target's length)")
    let path = ImagePath.resolve(script.string(operands[1]), in: state.workdir)
    state.files.write(path, StageFiles.Entry(figure: figure, isDirectory: false))
    return .figure(figure, wrote: [path], isPlainFileWrite: true)
  }

  /// A command whose output goes to files: `echo`/`printf` text is counted; other commands'
  /// output cannot be read.
  private mutating func fileWrite(
    _ command: ShellCommand, in script: ShellScript, base: ShellScript.Field, state: inout StageState
  ) -> CommandReading {
    let isEcho = script.field(base, is: "echo")
    guard isEcho || script.field(base, is: "printf") else { return .unread }
    let name = isEcho ? "echo" : "printf"
    var words = script.argumentFields(of: command)
    var newline = isEcho
    while isEcho, let first = words.first,
      script.field(first, is: "-n") || script.field(first, is: "-e") || script.field(first, is: "-ne")
    {
      if !script.field(first, is: "-e") { newline = false }
      words.removeFirst()
    }
    var low = Int64(newline ? 1 : 0) + Int64(max(0, words.count - 1))
    var high = low
    var notes: [String] = []
    for word in words {
      let (wordLow, wordHigh, note) = wordLength(script.string(word), hasExpansion: word.hasExpansion, in: state)
      low += wordLow
      high += wordHigh
      if let note { notes.append(note) }
    }
    var paths: [String] = []
    for target in script.redirectTargets(of: command) {
      paths.append(ImagePath.resolve(script.string(target), in: state.workdir))
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
  private func wordLength(_ word: String, hasExpansion: Bool, in state: StageState) -> (Int64, Int64, String?) {
    guard hasExpansion else {
      let length = Int64(word.utf8.count)
      return (length, length, nil)
    }
    var literal = word
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
