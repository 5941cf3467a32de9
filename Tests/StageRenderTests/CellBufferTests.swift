import StageRender
import Testing

@Suite struct CellBufferTests {
  @Test func writesAndClips() {
    var buffer = CellBuffer(width: 8, height: 2)
    let end = buffer.write("hello world", x: 1, y: 0, style: .plain)
    #expect(end == 8)
    buffer.write("abcdef", x: 0, y: 1, style: .plain, clip: Rect(x: 2, y: 0, width: 3, height: 2))
    expectLines(buffer, [" hello w", "  cde   "])
  }

  @Test func wideGraphemesTakeTwoCells() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write("中文a", x: 0, y: 0, style: .plain)
    #expect(buffer[0, 0].symbol == "中")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[4, 0].symbol == "a")
    expectLines(buffer, ["中文a "])
  }

  @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write("中文", x: 0, y: 0, style: .plain)
    buffer.write("x", x: 1, y: 0, style: .plain)
    expectLines(buffer, [" x文  "])
    buffer.write("y", x: 2, y: 0, style: .plain)
    expectLines(buffer, [" xy   "])
    #expect(!buffer[3, 0].isContinuation)
  }

  @Test func wideGraphemeOverWideNeighbour() {
    var buffer = CellBuffer(width: 6, height: 1)
    buffer.write("中文", x: 0, y: 0, style: .plain)
    buffer.write("字", x: 1, y: 0, style: .plain)
    expectLines(buffer, [" 字   "])
    #expect(buffer[2, 0].isContinuation)
  }

  @Test func wideGraphemeThatDoesNotFitBecomesBlank() {
    var buffer = CellBuffer(width: 3, height: 1)
    buffer.write("a中", x: 1, y: 0, style: .plain)
    expectLines(buffer, [" a "])
    buffer.write("中文", x: 0, y: 0, style: .plain, clip: Rect(x: 1, y: 0, width: 2, height: 1))
    expectLines(buffer, ["   "])
  }

  @Test func combiningMarksJoinTheirBase() {
    var buffer = CellBuffer(width: 4, height: 1)
    buffer.write("e\u{301}x", x: 0, y: 0, style: .plain)
    #expect(buffer[0, 0].symbol == "e\u{301}")
    #expect(buffer[1, 0].symbol == "x")
  }

  @Test func emojiAndFlags() {
    var buffer = CellBuffer(width: 8, height: 1)
    let end = buffer.write("🐳🇫🇷❤️", x: 0, y: 0, style: .plain)
    #expect(end == 6)
    expectLines(buffer, ["🐳🇫🇷❤️  "])
  }

  @Test func fillAndStyles() {
    var buffer = CellBuffer(width: 4, height: 2)
    let red = Style(foreground: .ansi(.red))
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), symbol: "#", style: red)
    buffer.applyStyle(Style(attributes: .bold), to: Rect(x: 2, y: 1, width: 5, height: 5))
    expectLines(buffer, [" ## ", " ## "])
    #expect(buffer[2, 1].style == Style(foreground: .ansi(.red), attributes: .bold))
    #expect(buffer[3, 1].style == Style(attributes: .bold))
    #expect(buffer[1, 1].style == red)
  }

  @Test func controlCharactersAreSkipped() {
    var buffer = CellBuffer(width: 4, height: 1)
    buffer.write("a\tb\u{7}", x: 0, y: 0, style: .plain)
    expectLines(buffer, ["ab  "])
  }
}

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("中", 2), ("ｱ", 1), ("Ａ", 2), ("\u{301}", 0), ("\u{200B}", 0), ("🐳", 2), ("❤️", 2),
    ("🇫🇷", 2), ("👨‍👩‍👧", 2), ("é", 1), ("\u{1}", 0), ("한", 2), ("─", 1),
  ])
  func widthOfGraphemes(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func truncates() {
    #expect(DisplayWidth.truncate("dockerfile", toColumns: 6) == "docke…")
    #expect(DisplayWidth.truncate("中文字幕", toColumns: 5) == "中文…")
    #expect(DisplayWidth.truncate("short", toColumns: 5) == "short")
    #expect(DisplayWidth.truncate("abc", toColumns: 0) == "")
  }

  @Test("ASCII text takes a byte path with the widths, cuts and cells of the grapheme path")
  func asciiFastPathAgrees() {
    let alphabet = Array("ab Z~\t\r\n\u{1B}0").map(String.init) + ["\r\n"]
    var seed: UInt64 = 0x5EED
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(seed % 24) {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        text += alphabet[Int((seed >> 33) % UInt64(alphabet.count))]
      }
      let width = text.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(text) == width)
      for columns in [0, 1, 3, 8, 30] {
        var cut = ""
        var used = 0
        for character in text {
          if used + DisplayWidth.of(character) > columns - 1 { break }
          cut.append(character)
          used += DisplayWidth.of(character)
        }
        let expected = columns == 0 ? "" : width <= columns ? text : cut + "…"
        #expect(DisplayWidth.truncate(text, toColumns: columns) == expected, "\(text.debugDescription) in \(columns)")
      }
      var bytePath = CellBuffer(width: 20, height: 1)
      var graphemePath = CellBuffer(width: 20, height: 1)
      let clip = Rect(x: 3, y: 0, width: 12, height: 1)
      let end = bytePath.write(text, x: 1, y: 0, style: .plain, clip: clip)
      let endWithAccent = graphemePath.write(text + "é", x: 1, y: 0, style: .plain, clip: clip)
      #expect(end == 1 + width || end == clip.maxX)
      #expect(endWithAccent == min(end + 1, clip.maxX) || end == clip.maxX)
      for column in 0..<min(end, clip.maxX) {
        #expect(bytePath[column, 0] == graphemePath[column, 0], "\(text.debugDescription) at \(column)")
      }
    }
  }
}

@Suite struct LayoutTests {
  @Test func splitsByConstraints() {
    let area = Rect(x: 0, y: 0, width: 100, height: 10)
    let parts = area.split(.horizontal, [.fixed(20), .percent(30), .fill(1), .fill(2)])
    #expect(parts.map(\.width) == [20, 30, 16, 34])
    #expect(parts.map(\.x) == [0, 20, 50, 66])
    let rows = Rect(x: 2, y: 3, width: 10, height: 5).split(.vertical, [.fill(1), .fixed(1)])
    #expect(rows == [Rect(x: 2, y: 3, width: 10, height: 4), Rect(x: 2, y: 7, width: 10, height: 1)])
  }

  @Test func fixedPartsShrinkWhenSpaceRunsOut() {
    let parts = Rect(x: 0, y: 0, width: 5, height: 1).split(.horizontal, [.fixed(4), .fixed(4), .fill(1)])
    #expect(parts.map(\.width) == [4, 1, 0])
  }

  @Test func rectGeometry() {
    let rect = Rect(x: 2, y: 2, width: 10, height: 4)
    #expect(
      rect.intersection(Rect(x: 8, y: 0, width: 10, height: 3)) == Rect(x: 8, y: 2, width: 4, height: 1))
    #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
    #expect(rect.inset(by: 1) == Rect(x: 3, y: 3, width: 8, height: 2))
    #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 3, width: 4, height: 2))
    #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
  }
}
