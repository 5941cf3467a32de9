/// How many colours a terminal can show, from none to 24-bit.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
  case monochrome
  case ansi8
  case ansi16
  case indexed256
  case truecolor

  /// The capability for a terminal that reports `count` colours (ncurses `COLORS`).
  public init(colorCount count: Int) {
    switch count {
    case ..<8: self = .monochrome
    case 8..<16: self = .ansi8
    case 16..<256: self = .ansi16
    case 256..<(1 << 24): self = .indexed256
    default: self = .truecolor
    }
  }

  public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
