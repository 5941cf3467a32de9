import DockerfileSyntax

/// An instruction BuildKit does not know; it rejects the file.
public struct UnknownInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The closest instruction name, as BuildKit suggests it.
  public var suggestion: String?
}
