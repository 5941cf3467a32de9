import DockerfileSyntax

/// `ONBUILD <instruction>`: a trigger run when the image is used as a base.
public final class OnbuildInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The trigger, typed, when the parser found one.
  public let trigger: TypedInstructionBox?
  /// BuildKit's `Expression`: the text after `ONBUILD`, heredoc bodies appended.
  public let expression: String

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, trigger: TypedInstructionBox? = nil, expression: String) {
    self.source = source
    self.trigger = trigger
    self.expression = expression
  }
}
