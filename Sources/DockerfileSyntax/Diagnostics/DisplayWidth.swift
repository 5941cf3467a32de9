/// How many terminal columns a Unicode scalar takes, as `wcwidth` would say for the common cases.
///
/// Control characters are shown as one space (so a tab is one column), combining marks and
/// zero-width characters take none, East Asian wide and fullwidth characters and emoji shown as
/// pictures take two. The table covers the blocks Dockerfiles meet in practice; anything else is one.
enum DisplayWidth {
  /// The columns `scalar` takes once control characters are replaced by a space.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0xA0 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
      return 0
    default:
      break
    }
    if (0xFE00...0xFE0F).contains(value) || value == 0x200B { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// The scalar as displayed: control characters (C0, DEL and C1, which a terminal would
  /// obey as escape sequences) become a space.
  static func shown(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    isControl(scalar) ? " " : scalar
  }

  /// Whether `scalar` is a C0 or C1 control character or DEL.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(value) }
  }
}
