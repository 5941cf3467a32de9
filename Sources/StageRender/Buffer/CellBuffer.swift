/// A grid of cells, stored row-major in one flat array.
///
/// A wide grapheme lives in its first cell; the cell to its right is marked as a continuation.
/// Writing over either half of a wide grapheme blanks the other half.
public struct CellBuffer: Hashable, Sendable {
  /// Columns.
  public private(set) var width: Int
  /// Rows.
  public private(set) var height: Int
  /// All cells, row after row.
  public private(set) var cells: [Cell]

  /// A buffer of `width`×`height` copies of `fill`.
  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = [Cell](repeating: fill, count: self.width * self.height)
  }

  /// A buffer holding the given lines, each written from column 0 in the plain style (for tests).
  public init(lines: [String]) {
    let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
    self.init(width: width, height: lines.count)
    for (row, line) in lines.enumerated() {
      write(line, x: 0, y: row, style: .plain)
    }
  }

  /// The whole buffer as a rectangle.
  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at (`x`, `y`); must be in bounds.
  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Every cell set to `fill`.
  public mutating func clear(_ fill: Cell = .blank()) {
    for index in cells.indices { cells[index] = fill }
  }

  /// Changes the size; the content is cleared.
  public mutating func resize(width: Int, height: Int) {
    self = CellBuffer(width: width, height: height)
  }

  /// Places one grapheme of `columns` width at (`x`, `y`), keeping wide graphemes whole.
  ///
  /// A wide grapheme that does not fit inside `clip` is replaced by a blank.
  public mutating func set(_ symbol: String, columns: Int, x: Int, y: Int, style: Style, clip: Rect? = nil) {
    let bounds = clip.map { $0.intersection(area) } ?? area
    place(GraphemeStorage(symbol), wide: columns >= 2, x: x, y: y, style: style, bounds: bounds)
  }

  /// `set` for stored graphemes; `bounds` must already lie inside the buffer.
  mutating func place(_ grapheme: GraphemeStorage, wide: Bool, x: Int, y: Int, style: Style, bounds: Rect) {
    guard bounds.contains(column: x, row: y) else { return }
    if wide && x + 1 >= bounds.maxX {
      release(x: x, y: y)
      cells[y * width + x] = Cell.blank(style)
      return
    }
    release(x: x, y: y)
    if wide { release(x: x + 1, y: y) }
    cells[y * width + x] = Cell(storage: grapheme, style: style)
    if wide { cells[y * width + x + 1] = .continuation(style) }
  }

  /// Blanks the other half of a wide grapheme that (`x`, `y`) belongs to.
  private mutating func release(x: Int, y: Int) {
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell.blank(cells[index - 1].style)
      cells[index] = Cell.blank(cells[index].style)
    } else if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell.blank(cells[index + 1].style)
    }
  }

  /// Writes `text` from (`x`, `y`) on one row and returns the column after the last one written.
  ///
  /// Control characters are skipped; a zero-width grapheme joins the cell written before it.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
    let bounds = clip.map { $0.intersection(area) } ?? area
    var column = x
    var previous: Int?
    guard y >= bounds.y, y < bounds.maxY else { return x + DisplayWidth.of(text) }
    if DisplayWidth.asciiWidth(text) != nil {
      // ASCII: one byte per grapheme, printable ones one column wide, controls skipped.
      for byte in text.utf8 where byte >= 0x20 && byte < 0x7F {
        if column >= bounds.maxX { break }
        if column >= bounds.x {
          place(GraphemeStorage(ascii: byte), wide: false, x: column, y: y, style: style, bounds: bounds)
        }
        column += 1
      }
      return column
    }
    for character in text {
      let columns: Int
      let grapheme: GraphemeStorage
      if let ascii = character.asciiValue {
        columns = ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        grapheme = GraphemeStorage(ascii: ascii)
      } else {
        columns = DisplayWidth.of(character)
        grapheme = columns == 0 ? .empty : GraphemeStorage(utf8: character.utf8)
      }
      if columns == 0 {
        if let index = previous, character.asciiValue == nil {
          cells[index].symbol.append(character)
        }
        continue
      }
      if column >= bounds.maxX { break }
      if column >= bounds.x {
        place(grapheme, wide: columns == 2, x: column, y: y, style: style, bounds: bounds)
        previous = y * width + column
      } else if columns == 2 && column + 1 == bounds.x {
        place(.space, wide: false, x: column + 1, y: y, style: style, bounds: bounds)
      }
      column += columns
    }
    return column
  }

  /// Fills `rect` with blanks (or `symbol`) in `style`.
  public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style) {
    let target = rect.intersection(area)
    let columns = DisplayWidth.of(symbol)
    let grapheme = GraphemeStorage(symbol)
    guard !target.isEmpty else { return }
    if columns == 1 {
      // Every cell inside is replaced; only wide graphemes crossing the edges need their other half blanked.
      let cell = Cell(storage: grapheme, style: style)
      for row in target.y..<target.maxY {
        release(x: target.x, y: row)
        release(x: target.maxX - 1, y: row)
        let start = row * width + target.x
        for index in start..<(start + target.width) { cells[index] = cell }
      }
      return
    }
    for row in target.y..<target.maxY {
      var column = target.x
      while column < target.maxX {
        place(grapheme, wide: columns >= 2, x: column, y: row, style: style, bounds: target)
        column += max(1, columns)
      }
    }
  }

  /// Lays `style` over every cell in `rect` (see `Style.patched(with:)`), leaving the text alone.
  public mutating func applyStyle(_ style: Style, to rect: Rect) {
    let target = rect.intersection(area)
    for row in target.y..<target.maxY {
      for column in target.x..<target.maxX {
        cells[row * width + column].style = cells[row * width + column].style.patched(with: style)
      }
    }
  }

  /// Replaces the style of every cell in `rect`.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let target = rect.intersection(area)
    for row in target.y..<target.maxY {
      for column in target.x..<target.maxX {
        cells[row * width + column].style = style
      }
    }
  }

  /// The text of each row (continuation cells contribute nothing, so wide graphemes read naturally).
  public func lines() -> [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width where !cells[row * width + column].isContinuation {
        line += cells[row * width + column].symbol
      }
      return line
    }
  }
}
