import DockerfileSyntax

/// `WORKDIR path`.
public struct WorkdirInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The path as written (unexpanded).
  public var path: String
  /// The bytes of the path, when contiguous.
  public var pathRange: Range<Int>?
}
