import DockerfileSyntax
import Testing
import _StageTestSupport

@Suite("Diagnostic rendering")
struct DiagnosticFormatterTests {
  @Test func rendersLikeSwiftc() {
    let marked = MarkedText(textWithMarkers: "FROM a\nENV 1️⃣only2️⃣\n")
    let source = SourceText(marked.textWithoutMarkers)
    let diagnostic = Diagnostic(severity: .error, message: "ENV must have two arguments", range: marked.range("1️⃣", "2️⃣"))
    let text = DiagnosticFormatter(fileName: "Dockerfile").format(diagnostic, in: source)
    #expect(text == "Dockerfile:2:5: error: ENV must have two arguments\nENV only\n    ^~~~")
  }

  @Test func positionsCountScalars() {
    let source = SourceText("FROM a\nLABEL é=1 x\n")
    #expect(source.position(of: 0) == SourcePosition(line: 1, column: 1))
    #expect(source.position(of: 16) == SourcePosition(line: 2, column: 9))
    #expect(source.lineText(2) == "LABEL é=1 x")
  }
}

@Suite("Diagnostic rendering of long and wide lines")
struct DiagnosticWindowTests {
  /// The terminal width of a rendered line, counting CJK characters as two columns.
  private func columns(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
  }

  private func render(_ text: String, _ start: String, _ end: String, columns: Int = 120) -> [Substring] {
    let marked = MarkedText(textWithMarkers: text)
    let source = SourceText(marked.textWithoutMarkers)
    let diagnostic = Diagnostic(severity: .error, message: "bad", range: marked.range(start, end))
    return DiagnosticFormatter(fileName: "F", maxColumns: columns).format(diagnostic, in: source)
      .split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func aFiveMegabyteLineGivesAWindowNotTheLine() {
    let bytes = Array("FROM a\nRUN echo ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 5 << 20) + [10]
    let source = SourceText(bytes)
    let diagnostic = Diagnostic(severity: .error, message: "too long", range: 7..<(bytes.count - 1))
    let text = DiagnosticFormatter(fileName: "Dockerfile").format(diagnostic, in: source)
    #expect(
      text
        == "Dockerfile:2:1: error: too long\nRUN echo " + String(repeating: "x", count: 110) + "…\n^"
        + String(repeating: "~", count: 118))
  }

  @Test func aSpanInTheMiddleKeepsContextOnBothSidesWithinTheWidth() {
    let line = "RUN " + String(repeating: "a", count: 300) + " 1️⃣oops2️⃣ " + String(repeating: "b", count: 300)
    let lines = render("FROM a\n" + line + "\n", "1️⃣", "2️⃣")
    #expect(lines[0] == "F:2:306: error: bad")
    #expect(lines[1].hasPrefix("…a") && lines[1].hasSuffix("b…"))
    #expect(columns(lines[1]) == 120)
    let caret = lines[2]
    let caretColumn = caret.prefix { $0 == " " }.count
    #expect(caret.dropFirst(caretColumn) == "^~~~")
    #expect(Array(lines[1].unicodeScalars).dropFirst(caretColumn).prefix(4).map(Character.init) == Array("oops"))
  }

  @Test func wideCharactersMoveTheCaretTwoColumnsEach() {
    let lines = render("FROM a\nLABEL 名前=1️⃣値2️⃣\n", "1️⃣", "2️⃣")
    #expect(lines[0] == "F:2:10: error: bad")
    #expect(lines[1] == "LABEL 名前=値")
    #expect(lines[2] == String(repeating: " ", count: 11) + "^~")
  }

  @Test func wideCharactersInALongLineStayWithinTheWidth() {
    let line = "RUN echo " + String(repeating: "日本", count: 100) + " 1️⃣x2️⃣"
    let lines = render("FROM a\n" + line + "\n", "1️⃣", "2️⃣", columns: 40)
    #expect(columns(lines[1]) <= 40)
    #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix(" x"))
    let caretColumn = lines[2].prefix { $0 == " " }.count
    #expect(caretColumn == columns(lines[1]) - 1)
    #expect(lines[2].hasSuffix("^"))
  }

  @Test func tabsAreOneColumnSoTheCaretStaysUnderTheSpan() {
    let lines = render("FROM a\n\tENV\t1️⃣x2️⃣\n", "1️⃣", "2️⃣")
    #expect(lines[0] == "F:2:6: error: bad")
    #expect(lines[1] == " ENV x")
    #expect(lines[2] == "     ^")
  }

  @Test func aHugeMessageIsShortened() {
    let source = SourceText("FROM a\n")
    let message = "unknown instruction: " + String(repeating: "Z", count: 10_000)
    let text = DiagnosticFormatter(fileName: "F").format(
      Diagnostic(severity: .error, message: message, range: 0..<4), in: source)
    let header = text.split(separator: "\n")[0]
    #expect(header.count == "F:1:1: error: ".count + 400)
    #expect(header.hasSuffix("Z…"))
  }
}

@Suite("Diagnostic rendering never passes terminal controls through")
struct DiagnosticControlTests {
  @Test func escapeSequencesInTheLineAndTheMessageBecomeSpaces() {
    let bytes = Array("FROM a\n\u{1B}]0;title\u{07}X \u{9B}2J\n".utf8)
    let source = SourceText(bytes)
    let diagnostic = Diagnostic(
      severity: .error, message: "unknown instruction: \u{1B}]0;title\u{07}X", range: 7..<(bytes.count - 1))
    let text = DiagnosticFormatter(fileName: "F").format(diagnostic, in: source)
    #expect(!text.unicodeScalars.contains { $0.value < 0x0A || (0x0B..<0x20).contains($0.value) || (0x7F...0x9F).contains($0.value) })
    #expect(text == "F:2:1: error: unknown instruction:  ]0;title X\n ]0;title X  2J\n^" + String(repeating: "~", count: 14))
  }
}
