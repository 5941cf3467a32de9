/// How an edge's line is drawn.
public enum EdgeLineKind: UInt8, Hashable, Sendable {
  case solid = 1
  case dashed = 2
  case dotted = 3
}

/// An arrow between two graph nodes; `from` is drawn above `to` unless that would close a cycle.
public struct GraphEdge: Hashable, Sendable {
  public var from: String
  public var to: String
  public var kind: EdgeLineKind
  /// Text drawn beside the arrow head, abbreviated to the room there is.
  public var label: String?
  public var role: ThemeRole
  /// Whether an arrow head marks the `to` end.
  public var hasArrow: Bool

  /// An edge.
  public init(
    from: String, to: String, kind: EdgeLineKind = .solid, label: String? = nil,
    role: ThemeRole = .edgeBase, hasArrow: Bool = true
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.label = label
    self.role = role
    self.hasArrow = hasArrow
  }
}
