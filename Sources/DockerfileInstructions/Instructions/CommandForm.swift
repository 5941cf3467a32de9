/// How a `RUN`, `CMD`, `ENTRYPOINT` or `HEALTHCHECK CMD` command is written.
public enum CommandForm: Hashable, Sendable {
  /// Shell form: one string run by the stage's `SHELL` (`/bin/sh -c` by default).
  case shell(String)
  /// Exec (JSON) form: the argument vector as written.
  case exec([String])

  /// BuildKit's `handleJSONArgs`: JSON items as they are, otherwise the words joined by a space.
  init(arguments: [String], isJSON: Bool) {
    self = isJSON ? .exec(arguments) : .shell(arguments.joined(separator: " "))
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
