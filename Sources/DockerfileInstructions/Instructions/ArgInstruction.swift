import DockerfileSyntax

/// `ARG name[=default] ...`.
public struct ArgInstruction: Sendable {
  /// One declared build argument.
  public struct Declaration: Hashable, Sendable {
    /// The name.
    public var name: String
    /// The default as written (unexpanded), nil when there is none.
    public var defaultValue: String?
    /// The bytes of `name[=default]`, when contiguous.
    public var range: Range<Int>?
  }

  /// The source node.
  public let instruction: Instruction
  /// The declarations, in order.
  public var declarations: [Declaration]
}
