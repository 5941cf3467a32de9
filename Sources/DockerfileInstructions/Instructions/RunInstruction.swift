import DockerfileSyntax

/// `RUN [--mount=…] [--network=…] [--security=…] [--device=…] <command>`.
public struct RunInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The command, in shell or exec form.
  public var command: CommandForm
  /// Heredocs attached to the command (`RUN <<EOF`).
  public var heredocs: [HeredocFile]
  /// Every `--mount=`, in order.
  public var mounts: [MountFlag]
  /// `--network=` (`default` when absent).
  public var network: FlagValue<String>?
  /// `--security=` (`sandbox` when absent).
  public var security: FlagValue<String>?
  /// Every `--device=`.
  public var devices: [FlagValue<String>]

  /// The network mode in effect.
  public var networkMode: String { network?.value ?? "default" }
  /// The security mode in effect.
  public var securityMode: String { security?.value ?? "sandbox" }
  /// The mounts that parsed, in order.
  public var validMounts: [RunMount] { mounts.compactMap { try? $0.mount.get() } }
}
