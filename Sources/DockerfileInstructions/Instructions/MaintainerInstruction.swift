import DockerfileSyntax

/// `MAINTAINER name` (deprecated in favour of a label).
public final class MaintainerInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The maintainer text.
  public let maintainer: String

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, maintainer: String) {
    self.source = source
    self.maintainer = maintainer
  }
}
