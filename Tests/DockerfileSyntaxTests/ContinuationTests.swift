import DockerfileSyntax
import Testing
import _StageTestSupport

@Suite("Line continuations")
struct ContinuationTests {
  @Test func continuationLinesAreJoinedWithoutLeadingTrim() {
    let dockerfile = Dockerfile.parse("FROM a\nRUN apt-get update \\  \n    && make\n")
    let run = dockerfile.instructions[1]
    #expect(run.original == "RUN apt-get update     && make")
    #expect(run.values == ["apt-get update     && make"])
    #expect((run.startLine, run.endLine) == (2, 3))
    #expect(run.arguments[0].range == nil)
  }

  @Test func commentsAndBlankLinesInsideAreDropped() {
    let source = "FROM a\nRUN a \\\n# note\n  # indented\n\n   \n  b\nCMD c\n"
    let dockerfile = Dockerfile.parse(source)
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN a   b", "CMD c"])
    #expect(dockerfile.instructions[1].endLine == 7)
    let warnings = dockerfile.diagnostics.filter { $0.severity == .warning }
    #expect(warnings.map(\.code) == ["empty-continuation-line"])
    #expect(!dockerfile.hasErrors)
  }

  @Test func escapedEscapeIsNotAContinuation() {
    let dockerfile = Dockerfile.parse("FROM a\nRUN echo \\\\\nCMD b\n")
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN echo \\\\", "CMD b"])
  }

  @Test func continuationAtEndOfFile() {
    let dockerfile = Dockerfile.parse("FROM a\nRUN b \\")
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN b "])
  }

  @Test func crlfLineEndings() {
    let source = "FROM a\r\nRUN b \\\r\n  c\r\n"
    let dockerfile = Dockerfile.parse(source)
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN b   c"])
    #expect(dockerfile.printed() == Array(source.utf8))
    #expect(dockerfile.pieces.contains { $0.kind == .newline && $0.range.count == 2 })
  }

  @Test func backtickEscape() {
    let dockerfile = Dockerfile.parse("# escape=`\nFROM a\nRUN dir c:\\ `\n  /w\nCOPY a\\b c\\\n")
    #expect(dockerfile.instructions.map(\.original) == ["FROM a", "RUN dir c:\\   /w", "COPY a\\b c\\"])
  }
}
