import StageRender

/// Every key binding, grouped by context; the app, the help overlay and the tests read the same table.
public struct KeyTable: Hashable, Sendable {
  /// The bindings, in display order.
  public private(set) var bindings: [KeyBinding]

  /// A table of the given bindings.
  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The action bound to `event` in `context`, if any.
  public func action(for event: KeyEvent, in context: KeyContext) -> KeyAction? {
    bindings.first { $0.context == context && $0.keys.contains(event) }?.action
  }

  /// The action for `event`, trying each context in turn.
  public func action(for event: KeyEvent, in contexts: [KeyContext]) -> KeyAction? {
    for context in contexts {
      if let action = action(for: event, in: context) { return action }
    }
    return nil
  }

  /// The binding of `action` in `context`.
  public func binding(_ action: KeyAction, in context: KeyContext) -> KeyBinding? {
    bindings.first { $0.context == context && $0.action == action }
  }

  /// The first key of `action` in `context` (for tests that press "the swap key", and for hints).
  public func key(_ action: KeyAction, in context: KeyContext) -> KeyEvent? {
    binding(action, in: context)?.keys.first
  }

  /// The bindings of one context.
  public func bindings(in context: KeyContext) -> [KeyBinding] {
    bindings.filter { $0.context == context }
  }

  /// Replaces the keys of `action` in `context`; false when the table has no such binding.
  @discardableResult
  public mutating func rebind(_ action: KeyAction, in context: KeyContext, to keys: [KeyEvent]) -> Bool {
    guard let index = bindings.firstIndex(where: { $0.context == context && $0.action == action }) else {
      return false
    }
    bindings[index].keys = keys
    return true
  }

  /// A hint for the status line: the first key of `action` and a short word.
  public func hint(_ action: KeyAction, in context: KeyContext, label: String) -> KeyHint? {
    key(action, in: context).map { KeyHint(key: $0.description, action: label) }
  }
}
