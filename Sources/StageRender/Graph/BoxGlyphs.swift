/// Box-drawing characters chosen by the directions lines leave a cell in.
enum BoxGlyphs {
  /// Light glyphs indexed by the direction mask (up 1, down 2, left 4, right 8).
  static let light: [String] = [
    " ", "│", "│", "│", "─", "┘", "┐", "┤",
    "─", "└", "┌", "├", "─", "┴", "┬", "┼",
  ]

  /// Heavy box glyphs by direction mask, for marked nodes' borders (light lines meeting them keep their
  /// weight).
  static let heavy: [String] = [
    " ", "┃", "┃", "┃", "━", "┛", "┓", "┫",
    "━", "┗", "┏", "┣", "━", "┷", "┯", "┿",
  ]

  /// `light` and `heavy` as stored cell contents.
  static let lightStorage = light.map { GraphemeStorage($0) }
  static let heavyStorage = heavy.map { GraphemeStorage($0) }

  /// `glyph(mask:kind:)` as stored cell contents, by kind (solid, dashed, dotted) and mask, built once.
  private static let stored: [[GraphemeStorage]] = [EdgeLineKind.solid, .dashed, .dotted].map { kind in
    (0..<16).map { GraphemeStorage(glyph(mask: UInt8($0), kind: kind)) }
  }

  /// The stored glyph for a line cell (what `glyph(mask:kind:)` returns, without making a string).
  static func storage(mask: UInt8, kind: EdgeLineKind) -> GraphemeStorage {
    let row: Int
    switch kind {
    case .solid: row = 0
    case .dashed: row = 1
    case .dotted: row = 2
    }
    return stored[row][Int(mask & 15)]
  }

  /// The glyph for a line cell with `mask` drawn in `kind`; dashes only exist for straight pieces.
  static func glyph(mask: UInt8, kind: EdgeLineKind) -> String {
    let straightVertical = mask & (LineGrid.left | LineGrid.right) == 0
    let straightHorizontal = mask & (LineGrid.up | LineGrid.down) == 0
    switch kind {
    case .dashed where straightVertical: return "╎"
    case .dashed where straightHorizontal: return "╌"
    case .dotted where straightVertical: return "┊"
    case .dotted where straightHorizontal: return "┈"
    default: return light[Int(mask & 15)]
    }
  }
}
