import StageRender

/// The graph layout with what it was computed from, so keystrokes that change none of it reuse it.
public struct GraphCache: Sendable {
  /// What the layout depends on.
  public struct Key: Hashable, Sendable {
    public var revision: Int
    public var sizesRevision: Int?
    public var sizesGeneration: Int
    public var filter: String
    public var target: String?
  }

  public var key: Key
  public var layout: GraphLayout
}
