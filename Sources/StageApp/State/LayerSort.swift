/// How the layers pane orders a stage's instructions.
public enum LayerSort: Hashable, Sendable {
  /// Largest first (what people ask for first); the base stays on top.
  case size
  /// As written in the file.
  case order

  /// The other order.
  public var toggled: LayerSort { self == .size ? .order : .size }
}
