import CNcursesw
import StageRender

/// Turns what `wget_wch` and `getmouse` report into StageRender input events.
enum KeyDecoder {
  /// Special keys by ncurses key code.
  static let keyCodes: [Int32: KeyEvent] = [
    KEY_UP: KeyEvent(.up), KEY_DOWN: KeyEvent(.down), KEY_LEFT: KeyEvent(.left), KEY_RIGHT: KeyEvent(.right),
    KEY_HOME: KeyEvent(.home), KEY_END: KeyEvent(.end), KEY_PPAGE: KeyEvent(.pageUp),
    KEY_NPAGE: KeyEvent(.pageDown), KEY_IC: KeyEvent(.insert), KEY_DC: KeyEvent(.delete),
    KEY_BACKSPACE: KeyEvent(.backspace), KEY_ENTER: KeyEvent(.enter), KEY_BTAB: KeyEvent(.backTab),
    KEY_SLEFT: KeyEvent(.left, modifiers: .shift), KEY_SRIGHT: KeyEvent(.right, modifiers: .shift),
    KEY_SR: KeyEvent(.up, modifiers: .shift), KEY_SF: KeyEvent(.down, modifiers: .shift),
    KEY_SHOME: KeyEvent(.home, modifiers: .shift), KEY_SEND: KeyEvent(.end, modifiers: .shift),
    KEY_SDC: KeyEvent(.delete, modifiers: .shift), KEY_A1: KeyEvent(.home), KEY_C1: KeyEvent(.end),
    KEY_A3: KeyEvent(.pageUp), KEY_C3: KeyEvent(.pageDown),
  ]

  /// Keys of xterm-style extended names (`kUP5` is ctrl+up), by name without the modifier digit.
  static let extendedNames: [String: Key] = [
    "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
    "kPRV": .pageUp, "kNXT": .pageDown, "kDC": .delete, "kIC": .insert,
  ]

  /// A character code from `wget_wch` (returned with `OK`): controls become named keys or ctrl+letter.
  static func character(_ code: UInt32) -> KeyEvent? {
    switch code {
    case 0x09: return KeyEvent(.tab)
    case 0x0A, 0x0D: return KeyEvent(.enter)
    case 0x08, 0x7F: return KeyEvent(.backspace)
    case 0x1B: return KeyEvent(.escape)
    case 0x00: return KeyEvent(.character(" "), modifiers: .ctrl)
    case 0x01...0x1A:
      guard let scalar = Unicode.Scalar(code + 0x60) else { return nil }
      return KeyEvent(.character(Character(scalar)), modifiers: .ctrl)
    case 0x1C...0x1F:
      guard let scalar = Unicode.Scalar(code + 0x40) else { return nil }
      return KeyEvent(.character(Character(scalar)), modifiers: .ctrl)
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return KeyEvent(.character(Character(scalar)))
    }
  }

  /// The character after an escape, read at once: alt plus that key.
  static func alt(_ code: UInt32) -> KeyEvent? {
    guard let base = character(code), base.key != .escape else { return nil }
    return KeyEvent(base.key, modifiers: base.modifiers.union(.alt))
  }

  /// A key code from `wget_wch` (returned with `KEY_CODE_YES`), other than resize and mouse.
  ///
  /// `name` is ncurses' `keyname` for codes it assigned at run time (e.g. `kRIT5`).
  static func keyCode(_ code: Int32, name: String?) -> KeyEvent? {
    if let known = keyCodes[code] { return known }
    let functionBase = stagetui_key_f0()
    if code > functionBase && code <= functionBase + 24 {
      return KeyEvent(.function(Int(code - functionBase)))
    }
    return name.flatMap(extended)
  }

  /// An xterm extended key name: base name plus a modifier digit (2 shift, 3 alt, 5 ctrl, and sums).
  static func extended(_ name: String) -> KeyEvent? {
    guard let digit = name.last?.wholeNumberValue, (2...8).contains(digit),
      let key = extendedNames[String(name.dropLast())]
    else { return nil }
    let bits = digit - 1
    var modifiers: KeyModifiers = []
    if bits & 1 != 0 { modifiers.insert(.shift) }
    if bits & 2 != 0 { modifiers.insert(.alt) }
    if bits & 4 != 0 { modifiers.insert(.ctrl) }
    return KeyEvent(key, modifiers: modifiers)
  }

  /// A mouse report: the first button or wheel bit set in `state` decides the action.
  static func mouse(state: mmask_t, column: Int, row: Int) -> MouseEvent? {
    var modifiers: KeyModifiers = []
    if state & stagetui_button_shift() != 0 { modifiers.insert(.shift) }
    if state & stagetui_button_ctrl() != 0 { modifiers.insert(.ctrl) }
    if state & stagetui_button_alt() != 0 { modifiers.insert(.alt) }
    let actions: [(mmask_t, MouseAction)] = [
      (stagetui_button4_pressed(), .wheelUp), (stagetui_button5_pressed(), .wheelDown),
      (stagetui_button1_pressed() | stagetui_button1_clicked(), .press(.left)),
      (stagetui_button1_released(), .release(.left)),
      (stagetui_button2_pressed() | stagetui_button2_clicked(), .press(.middle)),
      (stagetui_button2_released(), .release(.middle)),
      (stagetui_button3_pressed() | stagetui_button3_clicked(), .press(.right)),
      (stagetui_button3_released(), .release(.right)),
    ]
    guard let match = actions.first(where: { state & $0.0 != 0 }) else { return nil }
    return MouseEvent(action: match.1, column: column, row: row, modifiers: modifiers)
  }
}
