import DockerfileSyntax

/// `VOLUME path ...` or `VOLUME ["path", ...]`.
public final class VolumeInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The volume paths, trimmed.
  public let paths: [String]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, paths: [String]) {
    self.source = source
    self.paths = paths
  }
}
