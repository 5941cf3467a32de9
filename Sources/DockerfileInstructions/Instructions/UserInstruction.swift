import DockerfileSyntax

/// `USER user[:group]`.
public struct UserInstruction: Sendable {
  /// The source node.
  public let instruction: Instruction
  /// The user as written (unexpanded).
  public var user: String
  /// The bytes of the user, when contiguous.
  public var userRange: Range<Int>?

  /// The user part before `:`.
  public var userName: Substring { user.prefix { $0 != ":" } }
  /// The group after `:`, if given.
  public var group: Substring? {
    user.firstIndex(of: ":").map { user[user.index(after: $0)...] }
  }
}
