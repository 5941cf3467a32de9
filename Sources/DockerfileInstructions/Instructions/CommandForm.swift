import DockerfileSyntax

/// How a `RUN`, `CMD`, `ENTRYPOINT` or `HEALTHCHECK CMD` command is written.
public enum CommandForm: Hashable, Sendable {
  /// Shell form: one string run by the stage's `SHELL` (`/bin/sh -c` by default).
  case shell(String)
  /// Exec (JSON) form: the argument vector as written.
  case exec([String])

  /// BuildKit's `handleJSONArgs`: JSON items as they are, otherwise the words joined by a space.
  init(arguments: [String], isJSON: Bool) {
    if isJSON {
      self = .exec(arguments)
    } else {
      self = .shell(arguments.count == 1 ? arguments[0] : arguments.joined(separator: " "))
    }
  }

  /// `handleJSONArgs` over an instruction's arguments; a single shell-form word is kept
  /// as it is (sharing its storage), not copied by a join.
  init(arguments: [InstructionArgument], isJSON: Bool) {
    if isJSON {
      self = .exec(arguments.map(\.value))
    } else if arguments.count == 1 {
      self = .shell(arguments[0].value)
    } else {
      self = .shell(arguments.lazy.map(\.value).joined(separator: " "))
    }
  }

  /// Whether BuildKit prepends the shell (`PrependShell`).
  public var prependsShell: Bool {
    if case .shell = self { return true }
    return false
  }

  /// BuildKit's command line: `[script]` in shell form, the vector in exec form.
  public var commandLine: [String] {
    switch self {
    case .shell(let script): return [script]
    case .exec(let vector): return vector
    }
  }

  /// Whether nothing was given (`CMD []`, or an empty shell form).
  public var isEmpty: Bool {
    switch self {
    case .shell(let script): return script.isEmpty
    case .exec(let vector): return vector.isEmpty
    }
  }
}
