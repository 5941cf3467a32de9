import StageRender
import Testing

@Suite struct CellTests {
  @Test(arguments: ["a", " ", "中", "é", "e\u{301}", "🐳", "🇫🇷", "❤️", "👨‍👩‍👧‍👦", "🏳️‍🌈", ""])
  func symbolsRoundTrip(symbol: String) {
    #expect(Cell(symbol).symbol == symbol)
    var cell = Cell.blank()
    cell.symbol = symbol
    #expect(cell.symbol == symbol)
  }

  @Test func longGraphemesCompareByText() {
    let family = "👨‍👩‍👧‍👦"
    #expect(family.utf8.count > 16)
    #expect(Cell(family) == Cell(family))
    #expect(Cell(family) != Cell("👨‍👩‍👧"))
    var buffer = CellBuffer(width: 4, height: 1)
    buffer.write(family + "x", x: 0, y: 0, style: .plain)
    expectLines(buffer, [family + "x "])
  }

  @Test func equalityIncludesStyleAndContinuation() {
    #expect(Cell("a", style: Style(attributes: .bold)) != Cell("a"))
    #expect(Cell.continuation(.plain) != Cell(""))
    #expect(Cell.blank() == Cell(" "))
  }
}
