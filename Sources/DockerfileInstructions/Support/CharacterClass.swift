/// Go's `unicode.IsSpace`, `IsLetter` and `IsDigit`, with an ASCII fast path.
enum CharacterClass {
  /// Go's `unicode.IsSpace` (the Unicode White_Space property).
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D: return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
  }

  /// Go's `unicode.IsLetter` (general category L).
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  /// Go's `unicode.IsDigit` (general category Nd).
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return scalar.properties.generalCategory == .decimalNumber
  }
}
