/// A key on the keyboard, without modifiers.
public enum Key: Hashable, Sendable {
  /// A printable character (`"j"`, `"?"`, `"J"`, `" "`).
  case character(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case insert, delete
  case enter, tab, backTab, backspace, escape
  /// A function key, F1–F24.
  case function(Int)

  /// Names of the special keys, as written in key bindings.
  static let specialNames: [(name: String, key: Key)] = [
    ("up", .up), ("down", .down), ("left", .left), ("right", .right),
    ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
    ("insert", .insert), ("delete", .delete),
    ("enter", .enter), ("tab", .tab), ("backtab", .backTab), ("backspace", .backspace), ("esc", .escape),
    ("space", .character(" ")),
  ]

  /// Other spellings accepted when parsing.
  static let aliases: [String: Key] = [
    "escape": .escape, "return": .enter, "pageup": .pageUp, "pagedown": .pageDown,
    "del": .delete, "ins": .insert, "bs": .backspace,
  ]
}
