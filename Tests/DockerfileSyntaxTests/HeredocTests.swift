import DockerfileSyntax
import Testing
import _StageTestSupport

@Suite("Heredocs")
struct HeredocTests {
  @Test func simpleHeredoc() {
    let source = "FROM a\nRUN <<EOF\necho hi\nEOF\nCMD x\n"
    let dockerfile = Dockerfile.parse(source)
    let run = dockerfile.instructions[1]
    #expect(run.heredocs.map(\.name) == ["EOF"])
    #expect(run.heredocs[0].content == "echo hi\n")
    #expect(run.heredocs[0].expand)
    #expect(run.heredocs[0].fileDescriptor == nil)
    #expect((run.startLine, run.endLine) == (2, 4))
    #expect(run.original == "RUN <<EOF")
    #expect(dockerfile.instructions[2].startLine == 5)
    let body = run.heredocs[0].bodyRange
    #expect(Array(source.utf8)[body] == Array("echo hi\n".utf8)[...])
  }

  @Test func severalHeredocsQuotedAndChomped() {
    let source = "COPY <<X 3<<-'Y' /dest\nY\nX\n\tx\n\tY\n"
    let copy = Dockerfile.parse(source).instructions[0]
    #expect(copy.heredocs.map(\.name) == ["X", "Y"])
    #expect(copy.heredocs.map(\.content) == ["Y\n", "\tx\n"])
    #expect(copy.heredocs.map(\.expand) == [true, false])
    #expect(copy.heredocs.map(\.chomp) == [false, true])
    #expect(copy.heredocs.map(\.fileDescriptor) == [nil, 3])
    #expect(copy.endLine == 5)
  }

  @Test func blanksAfterTheOperator() {
    let run = Dockerfile.parse("RUN <<  EOF\nx\nEOF\n").instructions[0]
    #expect(run.heredocs.map(\.name) == ["EOF"])
  }

  @Test func onlyRunCopyAddInShellForm() {
    let dockerfile = Dockerfile.parse("FROM a\nCMD <<EOF\nRUN [\"<<EOF\"]\nONBUILD RUN <<E\nx\nE\n")
    #expect(dockerfile.instructions.map(\.heredocs.count) == [0, 0, 0, 1])
    #expect(dockerfile.instructions.count == 4)
  }

  @Test func openerOnlyAtTheStartOfAWord() {
    // Inside a word or inside quotes `<<` opens nothing; after a tab or before digits it does.
    let source = "FROM a\nRUN echo a<<EOF\nRUN echo \"a <<EOF\"\nRUN cat 2<<X\nx\nX\nRUN cat\t<<Y\ny\nY\n"
    let dockerfile = Dockerfile.parse(source)
    #expect(dockerfile.instructions.map(\.heredocs.count) == [0, 0, 0, 1, 1])
    #expect(dockerfile.instructions[3].heredocs.first?.fileDescriptor == 2)
  }

  @Test func expansionSplitAtItsBlanksOpensAHeredoc() {
    // An unset `${…}` stays as written, but its escapes go and its blanks split words.
    let run = Dockerfile.parse("FROM a\nRUN echo ${x:- \\<<EOF}\nbody\nEOF}\nCMD x\n").instructions[1]
    #expect(run.heredocs.map(\.name) == ["EOF}"])
    #expect(run.heredocs.first?.content == "body\n")
    #expect(run.endLine == 4)
  }

  @Test func unterminatedHeredocIsAnError() {
    let marked = MarkedText(textWithMarkers: "FROM a\n1️⃣RUN <<EOF\necho\n")
    let dockerfile = Dockerfile.parse(marked.textWithoutMarkers)
    #expect(dockerfile.diagnostics.map(\.message) == ["unterminated heredoc"])
    #expect(dockerfile.diagnostics.first?.range.lowerBound == marked["1️⃣"])
    #expect(dockerfile.printed() == marked.bytes)
  }
}
