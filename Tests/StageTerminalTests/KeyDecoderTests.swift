import CNcursesw
import StageRender
import Testing

@testable import StageTerminal

@Suite struct KeyDecoderTests {
  static let characters: [(UInt32, String)] = [
    (0x09, "tab"), (0x0D, "enter"), (0x0A, "enter"), (0x7F, "backspace"), (0x08, "backspace"),
    (0x1B, "esc"), (0x03, "ctrl+c"), (0x01, "ctrl+a"), (0x1A, "ctrl+z"), (0x00, "ctrl+space"),
    (0x1F, "ctrl+_"), (0x6A, "j"), (0x4A, "J"), (0x3F, "?"), (0x20, "space"), (0x4E2D, "中"),
  ]

  @Test(arguments: characters)
  func decodesCharacters(code: UInt32, name: String) throws {
    #expect(KeyDecoder.character(code) == (try KeyEvent(parsing: name)))
  }

  @Test func escapeFollowedByAKeyIsAlt() throws {
    #expect(KeyDecoder.alt(0x78) == (try KeyEvent(parsing: "alt+x")))
    #expect(KeyDecoder.alt(0x0D) == (try KeyEvent(parsing: "alt+enter")))
    #expect(KeyDecoder.alt(0x1B) == nil)
  }

  static let keyCodes: [(Int32, String)] = [
    (KEY_UP, "up"), (KEY_DOWN, "down"), (KEY_LEFT, "left"), (KEY_RIGHT, "right"), (KEY_HOME, "home"),
    (KEY_END, "end"), (KEY_PPAGE, "pgup"), (KEY_NPAGE, "pgdn"), (KEY_DC, "delete"), (KEY_IC, "insert"),
    (KEY_BACKSPACE, "backspace"), (KEY_ENTER, "enter"), (KEY_BTAB, "shift+tab"),
    (KEY_SLEFT, "shift+left"), (KEY_SR, "shift+up"),
  ]

  @Test(arguments: keyCodes)
  func decodesKeyCodes(code: Int32, name: String) throws {
    #expect(KeyDecoder.keyCode(code, name: nil) == (try KeyEvent(parsing: name)))
  }

  @Test func decodesFunctionKeys() {
    #expect(KeyDecoder.keyCode(stagetui_key_f0() + 1, name: nil) == KeyEvent(.function(1)))
    #expect(KeyDecoder.keyCode(stagetui_key_f0() + 12, name: nil) == KeyEvent(.function(12)))
    #expect(KeyDecoder.keyCode(stagetui_key_f0() + 60, name: nil) == nil)
  }

  @Test(arguments: [
    ("kUP5", "ctrl+up"), ("kRIT3", "alt+right"), ("kLFT6", "ctrl+shift+left"), ("kDN2", "shift+down"),
    ("kNXT8", "ctrl+alt+shift+pgdn"),
  ])
  func decodesExtendedNames(name: String, expected: String) throws {
    #expect(KeyDecoder.keyCode(9999, name: name) == (try KeyEvent(parsing: expected)))
  }

  @Test func unknownExtendedNames() {
    #expect(KeyDecoder.extended("kUP") == nil)
    #expect(KeyDecoder.extended("kFOO5") == nil)
    #expect(KeyDecoder.extended("kUP9") == nil)
  }

  @Test func decodesMouseReports() {
    #expect(
      KeyDecoder.mouse(state: stagetui_button1_pressed(), column: 3, row: 4)
        == MouseEvent(action: .press(.left), column: 3, row: 4))
    #expect(
      KeyDecoder.mouse(state: stagetui_button4_pressed(), column: 0, row: 0)
        == MouseEvent(action: .wheelUp, column: 0, row: 0))
    #expect(
      KeyDecoder.mouse(state: stagetui_button5_pressed() | stagetui_button_ctrl(), column: 1, row: 2)
        == MouseEvent(action: .wheelDown, column: 1, row: 2, modifiers: .ctrl))
    #expect(
      KeyDecoder.mouse(state: stagetui_button3_released(), column: 9, row: 9)
        == MouseEvent(action: .release(.right), column: 9, row: 9))
    #expect(KeyDecoder.mouse(state: 0, column: 0, row: 0) == nil)
  }
}
