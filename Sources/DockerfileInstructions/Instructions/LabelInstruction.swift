import DockerfileSyntax

/// `LABEL key=value ...`.
public struct LabelInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The labels, in order.
  public var pairs: [KeyValuePair]
}
