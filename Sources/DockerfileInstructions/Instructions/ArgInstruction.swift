import DockerfileSyntax

/// `ARG name[=default] ...`.
public final class ArgInstruction: Sendable {
  /// One declared build argument.
  public struct Declaration: Hashable, Sendable {
    /// The name.
    public var name: String
    /// The default as written (unexpanded), nil when there is none.
    public var defaultValue: String?
    /// The bytes of `name[=default]`, when contiguous.
    public var range: Range<Int>?
  }

  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The declarations, in order.
  public let declarations: [Declaration]

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, declarations: [Declaration]) {
    self.source = source
    self.declarations = declarations
  }
}
