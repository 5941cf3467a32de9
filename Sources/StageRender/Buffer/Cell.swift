/// One terminal cell: a grapheme and its style, or the right half of a wide grapheme.
///
/// The grapheme is stored inline (see `GraphemeStorage`), so cells copy and compare as plain
/// bytes: a 200×60 buffer is one flat array with no per-cell allocation.
public struct Cell: Hashable, Sendable {
  var storage: GraphemeStorage
  /// How the cell looks.
  public var style: Style
  /// Whether this cell is covered by the wide grapheme in the cell to its left.
  public var isContinuation: Bool

  /// A cell showing `symbol` in `style`.
  public init(_ symbol: String, style: Style = .plain) {
    self.init(storage: GraphemeStorage(symbol), style: style)
  }

  init(storage: GraphemeStorage, style: Style, isContinuation: Bool = false) {
    self.storage = storage
    self.style = style
    self.isContinuation = isContinuation
  }

  /// The grapheme shown, or `""` for a continuation cell.
  public var symbol: String {
    get { storage.string }
    set { storage = GraphemeStorage(newValue) }
  }

  /// A blank cell (a space) in `style`.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(storage: .space, style: style) }

  /// The cell covered by a wide grapheme.
  public static func continuation(_ style: Style) -> Cell {
    Cell(storage: .empty, style: style, isContinuation: true)
  }
}
