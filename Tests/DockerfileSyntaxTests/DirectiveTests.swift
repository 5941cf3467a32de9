import DockerfileSyntax
import Testing
import _StageTestSupport

@Suite("Parser directives")
struct DirectiveTests {
  @Test func syntaxAndEscapeDirectivesAreRead() {
    let dockerfile = Dockerfile.parse("# syntax=docker/dockerfile:1\n# ESCAPE = `\nFROM a\nRUN echo `\n  b\n")
    #expect(dockerfile.directives.map(\.name) == ["syntax", "escape"])
    #expect(dockerfile.syntaxDirective == "docker/dockerfile:1")
    #expect(dockerfile.escapeToken == UInt8(ascii: "`"))
    #expect(dockerfile.instructions[1].original == "RUN echo   b")
    #expect(dockerfile.instructions[0].precedingComments.isEmpty)
  }

  @Test func directivesStopAfterTheFirstOtherLine() {
    let afterComment = Dockerfile.parse("# a comment\n# escape=`\nFROM a\nRUN x \\\n y\n")
    #expect(afterComment.directives.isEmpty)
    #expect(afterComment.escapeToken == UInt8(ascii: "\\"))
    #expect(afterComment.instructions[1].original == "RUN x  y")
    #expect(afterComment.instructions[0].precedingComments == ["a comment", "escape=`"])

    let afterBlank = Dockerfile.parse("\n# escape=`\nFROM a\n")
    #expect(afterBlank.directives.isEmpty)

    let afterUnknown = Dockerfile.parse("# foo=bar\n# syntax=x\nFROM a\n")
    #expect(afterUnknown.directives.isEmpty)
  }

  @Test func checkDirectiveIsKnown() {
    let dockerfile = Dockerfile.parse("# check=skip=all\nFROM a\n")
    #expect(dockerfile.directives == [ParserDirective(name: "check", value: "skip=all", range: 0..<16)])
  }

  @Test func duplicateDirectiveIsAnError() {
    let marked = MarkedText(textWithMarkers: "# syntax=a\n1️⃣# Syntax=b\nFROM x\n")
    let dockerfile = Dockerfile.parse(marked.textWithoutMarkers)
    let error = dockerfile.diagnostics.first
    #expect(error?.message == "only one syntax parser directive can be used")
    #expect(error?.range.lowerBound == marked["1️⃣"])
    #expect(dockerfile.hasErrors)
  }

  @Test func invalidEscapeValueIsAnError() {
    let marked = MarkedText(textWithMarkers: "# escape=1️⃣x\nFROM a\n")
    let dockerfile = Dockerfile.parse(marked.textWithoutMarkers)
    #expect(dockerfile.diagnostics.map(\.message) == ["invalid escape token 'x' does not match ` or \\"])
    #expect(dockerfile.diagnostics.first?.range.lowerBound == marked["1️⃣"])
    #expect(dockerfile.escapeToken == UInt8(ascii: "\\"))
  }

  @Test func byteOrderMarkIsSkippedBeforeDirectives() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# escape=`\nFROM a\n".utf8)
    let dockerfile = Dockerfile.parse(bytes)
    #expect(dockerfile.escapeToken == UInt8(ascii: "`"))
    #expect(dockerfile.pieces.first?.kind == .byteOrderMark)
    #expect(dockerfile.printed() == bytes)
  }
}
