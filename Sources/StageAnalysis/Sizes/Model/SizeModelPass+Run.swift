import DockerfileInstructions

extension SizeModelPass {
  /// A `RUN` layer: each simple command of the script is read by a model that can explain it;
  /// a command no model reads makes the layer unknown.
  mutating func runFigure(_ run: RunInstruction, command: StageCommand, in state: inout StageState) -> ByteFigure {
    var script: String
    switch run.command {
    case .shell(let text): script = text
    case .exec(let vector): script = vector.joined(separator: " ")
    }
    if !run.heredocs.isEmpty, script.trimmingPrefix(while: \.isWhitespace).hasPrefix("<<") {
      script = run.heredocs.map(\.content).joined(separator: "\n")
    }
    let shell = ShellScript.split(script, variables: command.environment.variables)
    let line = command.instruction.instruction.startLine
    var facts = RunFacts(shell: shell, script: script, mounts: run.mounts)
    var parts: [ByteFigure] = []
    parts.reserveCapacity(shell.commands.count)
    var unread: [String] = []
    var writes: [String] = []
    var onlyFileWrites = true
    for simple in shell.commands where !simple.words.isEmpty {
      let reading = readCommand(simple, in: shell, facts: &facts, state: &state)
      switch reading {
      case .figure(let figure, let wrote, let isPlainFileWrite):
        parts.append(figure)
        onlyFileWrites = onlyFileWrites && isPlainFileWrite
        // The paths count only while every command is a plain file write.
        if onlyFileWrites { writes += wrote }
      case .unread:
        unread.append(shell.string(shell.fields[simple.words.lowerBound]))
        onlyFileWrites = false
      }
    }
    state.wholeLayerWrites = onlyFileWrites && unread.isEmpty ? writes : []
    if !unread.isEmpty {
      state.files.writeOpaque(.run(line: line, commands: unread))
      return .unknown(kind: kind, basis: Self.unreadBasis(unread, readParts: parts))
    }
    guard !parts.isEmpty else {
      return .estimate(low: 0, point: 0, high: 0, kind: kind, basis: "estimate: the commands write no file bytes")
    }
    if parts.count == 1 { return parts[0] }
    var basis = ""
    var first = true
    for part in parts where !part.isZeroByRule {
      if !first { basis += " + " }
      basis += part.basis
      first = false
    }
    return .sum(parts, kind: kind, basis: basis)
  }
}

extension SizeModelPass {
  /// The basis of a `RUN` with commands no model reads: their distinct names in order of first
  /// appearance (a RUN names a handful, so a scan beats hashing), spelt into one buffer, and what
  /// the commands it does read add.
  fileprivate static func unreadBasis(_ unread: [String], readParts parts: [ByteFigure]) -> String {
    var text = "unknown: the model cannot read what "
    text.reserveCapacity(112 + unread.reduce(0) { $0 + $1.utf8.count + 2 })
    for (offset, name) in unread.enumerated() where !unread[..<offset].contains(name) {
      if offset > 0 { text += ", " }
      text += name
    }
    text += " writes"
    if !parts.isEmpty {
      text += "; the commands it reads add "
      text += String(ByteFigure.knownBytes(of: parts))
      text += " bytes (a lower bound)"
    }
    return text
  }
}

/// What one simple command of a `RUN` adds.
enum CommandReading {
  /// A figure, the paths it wrote, and whether it writes only those files (nothing else).
  case figure(ByteFigure, wrote: [String], isPlainFileWrite: Bool)
  /// No model reads this command.
  case unread
}

/// Facts about a whole `RUN` that change how single commands count.
struct RunFacts {
  var shell: ShellScript
  var script: String
  /// The `RUN`'s `--mount` flags as written; only those that parsed count.
  var mounts: [MountFlag]
  var aptListsCounted = false

  init(shell: ShellScript, script: String, mounts: [MountFlag]) {
    self.shell = shell
    self.script = script
    self.mounts = mounts
  }

  /// Whether some command of the RUN runs `apt-get` or `apt` with `argument` (`apt-get update`).
  func runsApt(_ argument: StaticString) -> Bool {
    shell.commands.contains { command in
      guard let name = shell.nameField(of: command), shell.field(name, is: "apt-get") || shell.field(name, is: "apt")
      else { return false }
      return shell.hasArgument(command, argument)
    }
  }

  /// Whether the RUN removes a path starting with `prefix` (`rm -rf /var/lib/apt/lists/*`).
  func removes(_ prefix: StaticString) -> Bool {
    shell.commands.contains { command in
      guard let name = shell.nameField(of: command), shell.field(name, is: "rm") else { return false }
      return shell.argumentFields(of: command).contains { shell.field($0, hasPrefix: prefix) }
    }
  }

  /// Whether a cache mount covers `path`.
  func cacheMounted(_ path: String) -> Bool {
    mounts.contains { flag in
      guard case .success(let mount) = flag.mount, mount.kind == .cache, let target = mount.target else {
        return false
      }
      return path.hasPrefix(target)
    }
  }
}
