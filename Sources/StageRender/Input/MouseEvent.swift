/// A mouse button.
public enum MouseButton: Hashable, Sendable {
  case left, middle, right
}

/// What the mouse did.
public enum MouseAction: Hashable, Sendable {
  /// A button was pressed (or clicked).
  case press(MouseButton)
  /// A button was released.
  case release(MouseButton)
  /// The wheel turned away from the user.
  case wheelUp
  /// The wheel turned towards the user.
  case wheelDown
}

/// A mouse event at a screen cell.
public struct MouseEvent: Hashable, Sendable {
  public var action: MouseAction
  /// Zero-based screen column.
  public var column: Int
  /// Zero-based screen row.
  public var row: Int
  public var modifiers: KeyModifiers

  /// A mouse event.
  public init(action: MouseAction, column: Int, row: Int, modifiers: KeyModifiers = []) {
    self.action = action
    self.column = column
    self.row = row
    self.modifiers = modifiers
  }
}
