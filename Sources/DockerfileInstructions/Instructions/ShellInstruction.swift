import DockerfileSyntax

/// `SHELL ["executable", "parameters"]`: the shell for later shell-form commands.
public final class ShellInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The shell vector.
  public let shell: [String]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, shell: [String]) {
    self.source = source
    self.shell = shell
  }
}
