import DockerfileSyntax

/// `STOPSIGNAL signal`.
public struct StopSignalInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The signal as written (`SIGTERM`, `9`).
  public var signal: String
}
