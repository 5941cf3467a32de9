import DockerfileSyntax

/// `HEALTHCHECK NONE` or `HEALTHCHECK [options] CMD command`.
public final class HealthcheckInstruction: Sendable {
  /// The two forms.
  public enum Check: Hashable, Sendable {
    /// `HEALTHCHECK NONE`: disables a check inherited from the base image.
    case none
    /// `HEALTHCHECK CMD …` (BuildKit's `CMD` for exec form, `CMD-SHELL` for shell form).
    case command(CommandForm)
  }

  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// What the check runs.
  public let check: Check
  /// `--interval=`, in nanoseconds when valid.
  public let interval: FlagValue<Int64>?
  /// `--timeout=`, in nanoseconds.
  public let timeout: FlagValue<Int64>?
  /// `--start-period=`, in nanoseconds.
  public let startPeriod: FlagValue<Int64>?
  /// `--start-interval=`, in nanoseconds.
  public let startInterval: FlagValue<Int64>?
  /// `--retries=`.
  public let retries: FlagValue<Int32>?

  /// Creates the payload of the node at `source`.
  init(
    source: InstructionSource, check: Check, interval: FlagValue<Int64>? = nil,
    timeout: FlagValue<Int64>? = nil,
    startPeriod: FlagValue<Int64>? = nil, startInterval: FlagValue<Int64>? = nil,
    retries: FlagValue<Int32>? = nil
  ) {
    self.source = source
    self.check = check
    self.interval = interval
    self.timeout = timeout
    self.startPeriod = startPeriod
    self.startInterval = startInterval
    self.retries = retries
  }

  /// The image config's `Test` vector: `["NONE"]`, `["CMD", …]` or `["CMD-SHELL", script]`.
  public var test: [String] {
    switch check {
    case .none: return ["NONE"]
    case .command(let form):
      return [form.prependsShell ? "CMD-SHELL" : "CMD"] + form.commandLine
    }
  }
}
