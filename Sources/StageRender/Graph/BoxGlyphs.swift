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
