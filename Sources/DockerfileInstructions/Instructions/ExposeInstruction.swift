import DockerfileSyntax

/// `EXPOSE port[/protocol] ...`.
public struct ExposeInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The ports as written, in order (BuildKit sorts them when it builds).
  public var ports: [InstructionArgument]
}
