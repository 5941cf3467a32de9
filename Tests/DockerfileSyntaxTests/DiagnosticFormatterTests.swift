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
