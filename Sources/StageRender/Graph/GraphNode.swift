/// Flags that change how a graph node is drawn.
public struct GraphNodeFlags: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Drawn in the `stage.unreachable` role, as for a stage the target never builds.
  public static let dimmed = GraphNodeFlags(rawValue: 1 << 0)
  /// Drawn with a heavy border, as for the build target.
  public static let marked = GraphNodeFlags(rawValue: 1 << 1)
}

/// A box in a graph drawing: an identifier, lines of text (the first is the title) and a style role.
public struct GraphNode: Hashable, Sendable {
  public var id: String
  public var lines: [String]
  public var role: ThemeRole
  public var flags: GraphNodeFlags

  /// A node.
  public init(id: String, lines: [String], role: ThemeRole = .stageNode, flags: GraphNodeFlags = []) {
    self.id = id
    self.lines = lines
    self.role = role
    self.flags = flags
  }
}
