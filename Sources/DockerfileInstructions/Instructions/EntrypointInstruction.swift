import DockerfileSyntax

/// `ENTRYPOINT`: the executable of the image.
public final class EntrypointInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The entrypoint, in shell or exec form (`ENTRYPOINT []` clears it).
  public let command: CommandForm

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, command: CommandForm) {
    self.source = source
    self.command = command
  }
}
