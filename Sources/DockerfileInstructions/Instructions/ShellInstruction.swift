import DockerfileSyntax

/// `SHELL ["executable", "parameters"]`: the shell for later shell-form commands.
public struct ShellInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The shell vector.
  public var shell: [String]
}
