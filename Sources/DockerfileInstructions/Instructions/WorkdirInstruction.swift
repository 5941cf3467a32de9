import DockerfileSyntax

/// `WORKDIR path`.
public final class WorkdirInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The path as written (unexpanded).
  public let path: String
  /// The bytes of the path, when contiguous.
  public let pathRange: Range<Int>?

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, path: String, pathRange: Range<Int>? = nil) {
    self.source = source
    self.path = path
    self.pathRange = pathRange
  }
}
