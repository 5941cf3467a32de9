import DockerfileSyntax

/// `RUN [--mount=…] [--network=…] [--security=…] [--device=…] <command>`.
public final class RunInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The command, in shell or exec form.
  public let command: CommandForm
  /// Heredocs attached to the command (`RUN <<EOF`).
  public let heredocs: [HeredocFile]
  /// Every `--mount=`, in order.
  public let mounts: [MountFlag]
  /// `--network=` (`default` when absent).
  public let network: FlagValue<String>?
  /// `--security=` (`sandbox` when absent).
  public let security: FlagValue<String>?
  /// Every `--device=`.
  public let devices: [FlagValue<String>]

  /// Creates the payload of the node at `source`.
  init(
    source: InstructionSource, command: CommandForm, heredocs: [HeredocFile], mounts: [MountFlag],
    network: FlagValue<String>? = nil, security: FlagValue<String>? = nil, devices: [FlagValue<String>]
  ) {
    self.source = source
    self.command = command
    self.heredocs = heredocs
    self.mounts = mounts
    self.network = network
    self.security = security
    self.devices = devices
  }

  /// The network mode in effect.
  public var networkMode: String { network?.value ?? "default" }
  /// The security mode in effect.
  public var securityMode: String { security?.value ?? "sandbox" }
  /// The mounts that parsed, in order.
  public var validMounts: [RunMount] { mounts.compactMap { try? $0.mount.get() } }
}
