/// The part of one source line a diagnostic shows: the whole line when it fits in `maxColumns`
/// terminal columns, else a window around the span with `…` where text was left out.
///
/// Only the bytes near the span are decoded (at most four bytes per column on each side), so the
/// cost does not grow with the line's length.
struct LineWindow {
  /// The shown text, control characters replaced by spaces.
  var text: String
  /// The column (0-based, in terminal columns) where the caret goes.
  var caretColumn: Int
  /// How many columns of the span are shown.
  var caretWidth: Int

  /// The marker for left-out text.
  static let marker: Unicode.Scalar = "…"

  private struct Cell {
    var scalar: Unicode.Scalar
    var width: Int
  }

  /// Windows `line` (a byte range of `bytes`, without its line ending) around `span`, which lies inside it.
  init(bytes: [UInt8], line: Range<Int>, span: Range<Int>, maxColumns: Int) {
    let reach = maxColumns * 4
    let lowest = Self.scalarStart(bytes, max(line.lowerBound, span.lowerBound - reach), floor: line.lowerBound)
    let highest = Self.scalarStart(bytes, min(line.upperBound, span.lowerBound + reach), floor: span.lowerBound)
    let before = Self.cells(bytes[lowest..<span.lowerBound])
    let spanEnd = min(span.upperBound, highest)
    let inSpan = Self.cells(bytes[span.lowerBound..<spanEnd])
    let after = inSpan + Self.cells(bytes[spanEnd..<(highest == line.upperBound ? line.upperBound : highest)])
    let beforeWidth = before.reduce(0) { $0 + $1.width }
    let afterWidth = after.reduce(0) { $0 + $1.width }
    let wholeLine = lowest == line.lowerBound && highest == line.upperBound

    if wholeLine && beforeWidth + afterWidth <= maxColumns {
      text = Self.string(before + after)
      caretColumn = beforeWidth
      caretWidth = inSpan.reduce(0) { $0 + $1.width }
      return
    }
    // Keep up to a third of the columns before the span, then fill the rest after it.
    let lead = maxColumns / 3
    var shownBefore: [Cell] = []
    var leftCut = lowest > line.lowerBound
    if !leftCut && beforeWidth <= lead {
      shownBefore = before
    } else {
      leftCut = true
      var width = 0
      for cell in before.reversed() {
        if width + cell.width > lead - 1 { break }
        width += cell.width
        shownBefore.append(cell)
      }
      shownBefore.reverse()
      shownBefore.insert(Cell(scalar: Self.marker, width: 1), at: 0)
    }
    let used = shownBefore.reduce(0) { $0 + $1.width }
    let room = maxColumns - used
    var taken = after.count
    var rightCut = false
    if highest != line.upperBound || afterWidth > room {
      rightCut = true
      taken = 0
      var width = 0
      for cell in after {
        if width + cell.width > room - 1 { break }
        width += cell.width
        taken += 1
      }
    }
    let rightMarker = rightCut ? [Cell(scalar: Self.marker, width: 1)] : []
    text = Self.string(shownBefore + after.prefix(taken) + rightMarker)
    caretColumn = used
    caretWidth = after.prefix(min(inSpan.count, taken)).reduce(0) { $0 + $1.width }
  }

  /// `offset` moved back to the start of a UTF-8 sequence, not below `floor`.
  private static func scalarStart(_ bytes: [UInt8], _ offset: Int, floor: Int) -> Int {
    var index = offset
    var steps = 0
    while index > floor, index < bytes.count, bytes[index] & 0xC0 == 0x80, steps < 3 {
      index -= 1
      steps += 1
    }
    return index
  }

  private static func cells(_ bytes: ArraySlice<UInt8>) -> [Cell] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.map {
      Cell(scalar: DisplayWidth.shown($0), width: DisplayWidth.of($0))
    }
  }

  private static func string(_ cells: [Cell]) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: cells.map(\.scalar))
    return String(scalars)
  }
}
