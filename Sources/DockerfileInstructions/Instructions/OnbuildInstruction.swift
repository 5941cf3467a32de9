import DockerfileSyntax

/// `ONBUILD <instruction>`: a trigger run when the image is used as a base.
public struct OnbuildInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The trigger, typed, when the parser found one.
  public var trigger: TypedInstructionBox?
  /// BuildKit's `Expression`: the text after `ONBUILD`, heredoc bodies appended.
  public var expression: String
}
