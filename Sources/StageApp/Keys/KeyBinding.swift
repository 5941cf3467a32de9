import StageRender

/// One action's keys in one context, with the words the help overlay shows.
public struct KeyBinding: Hashable, Sendable {
  public var context: KeyContext
  public var action: KeyAction
  /// The keys, first one shown first.
  public var keys: [KeyEvent]
  /// What the action does, for the help overlay.
  public var summary: String

  /// A binding.
  public init(context: KeyContext, action: KeyAction, keys: [KeyEvent], summary: String) {
    self.context = context
    self.action = action
    self.keys = keys
    self.summary = summary
  }

  /// The keys as people read them: `q, ctrl+c`.
  public var keyNames: String {
    keys.map(\.description).joined(separator: ", ")
  }
}
