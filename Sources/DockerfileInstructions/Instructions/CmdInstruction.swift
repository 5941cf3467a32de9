import DockerfileSyntax

/// `CMD`: the default command of the image.
public struct CmdInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The command, in shell or exec form.
  public var command: CommandForm
}
