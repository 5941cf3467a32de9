import DockerfileSyntax

/// `ENV name=value ...` (or the legacy `ENV name value`).
public final class EnvInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The assignments, in order.
  public let pairs: [KeyValuePair]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, pairs: [KeyValuePair]) {
    self.source = source
    self.pairs = pairs
  }
}
