import DockerfileSyntax

/// `LABEL key=value ...`.
public final class LabelInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The labels, in order.
  public let pairs: [KeyValuePair]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, pairs: [KeyValuePair]) {
    self.source = source
    self.pairs = pairs
  }
}
