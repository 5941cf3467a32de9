import DockerfileSyntax

/// `MAINTAINER name` (deprecated in favour of a label).
public struct MaintainerInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The maintainer text.
  public var maintainer: String
}
