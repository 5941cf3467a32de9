import DockerfileSyntax

/// `EXPOSE port[/protocol] ...`.
public final class ExposeInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The ports as written, in order (BuildKit sorts them when it builds).
  public let ports: [InstructionArgument]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, ports: [InstructionArgument]) {
    self.source = source
    self.ports = ports
  }
}
