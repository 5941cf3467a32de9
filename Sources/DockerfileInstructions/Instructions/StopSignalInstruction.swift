import DockerfileSyntax

/// `STOPSIGNAL signal`.
public final class StopSignalInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The signal as written (`SIGTERM`, `9`).
  public let signal: String

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, signal: String) {
    self.source = source
    self.signal = signal
  }
}
