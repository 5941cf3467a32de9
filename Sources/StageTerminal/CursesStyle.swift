import StageRender

/// Translation of StageRender colours and attributes into ncurses numbers.
enum CursesStyle {
  /// The ncurses colour number for `color` on a terminal of `capability` (-1: the terminal default).
  ///
  /// On a direct-colour terminal (`COLORS` = 2^24) RGB colours are packed as 0xRRGGBB.
  static func colorNumber(_ color: Color, capability: ColorCapability) -> Int32 {
    switch color.degraded(to: capability) {
    case .default: return -1
    case .ansi(let named): return Int32(named.rawValue)
    case .indexed(let index): return Int32(index)
    case .rgb(let red, let green, let blue): return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
    }
  }

  /// The ncurses attribute bits for `attributes`, given the bit of each attribute.
  static func attributeBits(_ attributes: TextAttributes, table: [(TextAttributes, UInt32)]) -> UInt32 {
    var bits: UInt32 = 0
    for (attribute, bit) in table where attributes.contains(attribute) { bits |= bit }
    return bits
  }
}
