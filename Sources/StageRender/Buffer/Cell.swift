/// One terminal cell: a grapheme and its style, or the right half of a wide grapheme.
///
/// `symbol` is a `String`; graphemes of up to 15 UTF-8 bytes (all of ASCII, CJK and most emoji)
/// are stored inline by Swift's small-string form, so a cell costs no heap allocation.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown, or `""` for a continuation cell.
  public var symbol: String
  /// How the cell looks.
  public var style: Style
  /// Whether this cell is covered by the wide grapheme in the cell to its left.
  public var isContinuation: Bool

  /// A cell showing `symbol` in `style`.
  public init(_ symbol: String, style: Style = .plain) {
    self.symbol = symbol
    self.style = style
    self.isContinuation = false
  }

  /// A blank cell (a space) in `style`.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

  /// The cell covered by a wide grapheme.
  public static func continuation(_ style: Style) -> Cell {
    var cell = Cell("", style: style)
    cell.isContinuation = true
    return cell
  }
}
