import DockerfileSyntax

/// `USER user[:group]`.
public final class UserInstruction: Sendable {
  /// Where the source node is kept: a position in the instruction list it was typed from.
  @usableFromInline let source: InstructionSource
  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }
  /// The user as written (unexpanded).
  public let user: String
  /// The bytes of the user, when contiguous.
  public let userRange: Range<Int>?

  /// Creates the payload of the node at `source`.
  init(source: InstructionSource, user: String, userRange: Range<Int>? = nil) {
    self.source = source
    self.user = user
    self.userRange = userRange
  }

  /// The user part before `:`.
  public var userName: Substring { user.prefix { $0 != ":" } }
  /// The group after `:`, if given.
  public var group: Substring? {
    user.firstIndex(of: ":").map { user[user.index(after: $0)...] }
  }
}
