/// The text and cursor of a one-line input, edited by key events.
public struct TextInputState: Hashable, Sendable {
  /// The text typed so far.
  public private(set) var text: String
  /// The cursor, as a grapheme index from 0 (before the first) to `text.count` (after the last).
  public private(set) var cursor: Int

  /// A state with the cursor at the end.
  public init(text: String = "") {
    self.text = text
    self.cursor = text.count
  }

  /// Applies an editing key; returns false when the key is not an editing key.
  public mutating func handle(_ event: KeyEvent) -> Bool {
    switch (event.key, event.modifiers) {
    case (.character(let character), []):
      insert(character)
    case (.left, []), (.character("b"), .ctrl):
      cursor = max(0, cursor - 1)
    case (.right, []), (.character("f"), .ctrl):
      cursor = min(text.count, cursor + 1)
    case (.home, []), (.character("a"), .ctrl):
      cursor = 0
    case (.end, []), (.character("e"), .ctrl):
      cursor = text.count
    case (.backspace, []):
      guard cursor > 0 else { return true }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
      cursor -= 1
    case (.delete, []), (.character("d"), .ctrl):
      guard cursor < text.count else { return true }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    case (.character("u"), .ctrl):
      text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
      cursor = 0
    default:
      return false
    }
    return true
  }

  /// Inserts a character at the cursor.
  public mutating func insert(_ character: Character) {
    text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
    cursor += 1
  }
}
