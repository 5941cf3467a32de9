import DockerfileSyntax

/// `HEALTHCHECK NONE` or `HEALTHCHECK [options] CMD command`.
public struct HealthcheckInstruction: Sendable {
  /// The two forms.
  public enum Check: Hashable, Sendable {
    /// `HEALTHCHECK NONE`: disables a check inherited from the base image.
    case none
    /// `HEALTHCHECK CMD …` (BuildKit's `CMD` for exec form, `CMD-SHELL` for shell form).
    case command(CommandForm)
  }

  /// The source node.
  public let instruction: Instruction
  /// What the check runs.
  public var check: Check
  /// `--interval=`, in nanoseconds when valid.
  public var interval: FlagValue<Int64>?
  /// `--timeout=`, in nanoseconds.
  public var timeout: FlagValue<Int64>?
  /// `--start-period=`, in nanoseconds.
  public var startPeriod: FlagValue<Int64>?
  /// `--start-interval=`, in nanoseconds.
  public var startInterval: FlagValue<Int64>?
  /// `--retries=`.
  public var retries: FlagValue<Int32>?

  /// The image config's `Test` vector: `["NONE"]`, `["CMD", …]` or `["CMD-SHELL", script]`.
  public var test: [String] {
    switch check {
    case .none: return ["NONE"]
    case .command(let form):
      return [form.prependsShell ? "CMD-SHELL" : "CMD"] + form.commandLine
    }
  }
}
