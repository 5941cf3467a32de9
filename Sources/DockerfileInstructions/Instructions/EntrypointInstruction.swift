import DockerfileSyntax

/// `ENTRYPOINT`: the executable of the image.
public struct EntrypointInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The entrypoint, in shell or exec form (`ENTRYPOINT []` clears it).
  public var command: CommandForm
}
