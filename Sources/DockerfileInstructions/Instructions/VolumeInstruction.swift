import DockerfileSyntax

/// `VOLUME path ...` or `VOLUME ["path", ...]`.
public struct VolumeInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The volume paths, trimmed.
  public var paths: [String]
}
