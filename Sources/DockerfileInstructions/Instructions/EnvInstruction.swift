import DockerfileSyntax

/// `ENV name=value ...` (or the legacy `ENV name value`).
public struct EnvInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The assignments, in order.
  public var pairs: [KeyValuePair]
}
