import StageRender
import Testing

@Suite struct KeyEventTests {
  static let parsed: [(String, KeyEvent)] = [
    ("j", KeyEvent(.character("j"))), ("?", KeyEvent(.character("?"))), ("J", KeyEvent(.character("J"))),
    ("ctrl+c", KeyEvent(.character("c"), modifiers: .ctrl)),
    ("CTRL+C", KeyEvent(.character("c"), modifiers: .ctrl)),
    ("shift+tab", KeyEvent(.backTab)), ("backtab", KeyEvent(.backTab)), ("enter", KeyEvent(.enter)),
    ("return", KeyEvent(.enter)), ("esc", KeyEvent(.escape)), ("escape", KeyEvent(.escape)),
    ("f5", KeyEvent(.function(5))), ("pgdn", KeyEvent(.pageDown)), ("space", KeyEvent(.character(" "))),
    ("+", KeyEvent(.character("+"))), ("ctrl++", KeyEvent(.character("+"), modifiers: .ctrl)),
    ("alt+shift+left", KeyEvent(.left, modifiers: [.alt, .shift])), ("shift+j", KeyEvent(.character("J"))),
  ]

  @Test(arguments: parsed)
  func parses(text: String, expected: KeyEvent) throws {
    #expect(try KeyEvent(parsing: text) == expected)
  }

  @Test(arguments: [
    "j", "?", "J", "ctrl+c", "shift+tab", "enter", "esc", "f12", "pgup", "pgdn", "home", "end", "space",
    "backspace", "delete", "tab", "up", "alt+enter", "ctrl+alt+x", "alt+shift+left", "+", "ctrl++", "é", "中",
  ])
  func roundTrips(text: String) throws {
    let event = try KeyEvent(parsing: text)
    #expect(event.description == text)
    #expect(try KeyEvent(parsing: event.description) == event)
  }

  @Test func rejectsBadNames() {
    #expect(throws: KeyEvent.ParseError.empty) { try KeyEvent(parsing: "") }
    #expect(throws: KeyEvent.ParseError.unknownModifier("hyper")) { try KeyEvent(parsing: "hyper+x") }
    #expect(throws: KeyEvent.ParseError.unknownKey("enterr")) { try KeyEvent(parsing: "enterr") }
    #expect(throws: KeyEvent.ParseError.unknownKey("f25")) { try KeyEvent(parsing: "f25") }
    #expect(throws: KeyEvent.ParseError.unknownKey("")) { try KeyEvent(parsing: "ctrl+") }
  }

  @Test func ctrlLettersAreLowerCase() {
    #expect(KeyEvent(.character("C"), modifiers: .ctrl) == KeyEvent(.character("c"), modifiers: .ctrl))
    #expect(KeyEvent(.tab, modifiers: .shift) == KeyEvent(.backTab))
  }
}
