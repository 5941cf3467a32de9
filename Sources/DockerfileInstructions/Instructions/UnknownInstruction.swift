import DockerfileSyntax

/// An instruction BuildKit does not know; it rejects the file.
public final class UnknownInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The closest instruction name, as BuildKit suggests it.
  public let suggestion: String?

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, suggestion: String? = nil) {
    self.source = source
    self.suggestion = suggestion
  }
}
