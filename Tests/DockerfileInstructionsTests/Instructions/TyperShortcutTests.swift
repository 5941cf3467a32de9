import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

/// The typed pass's shortcuts (byte checks, shared strings, prepared suggestions) answer as
/// the long way does.
struct TyperShortcutTests {
  private func pass(_ text: String) -> InstructionPass {
    InstructionPass(Dockerfile.parse(text))
  }

  @Test(arguments: ["as", "AS", "As", "aS"])
  func asKeywordInAnyCaseNamesTheStage(_ keyword: String) throws {
    let result = pass("FROM alpine \(keyword) Base\n")
    #expect(result.stages.first?.from.stageName == "base")
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: ["ass", "a", "at", "ÀS"])
  func otherMiddleWordsAreNotAs(_ word: String) {
    let result = pass("FROM alpine \(word) base\n")
    #expect(result.stages.first?.from.stageName == nil)
    #expect(result.diagnostics.filter(\.isError).count == 1)
  }

  @Test func stagesCollectTheirCommandsInOrder() {
    let result = pass("ARG A\nFROM a\nRUN 1\nRUN 2\nFROM b\nFROM c\nENV X=1\n")
    #expect(result.stages.map(\.index) == [0, 1, 2])
    #expect(result.stages.map(\.commands.count) == [2, 0, 1])
    #expect(result.stages[0].commands.map(\.name) == ["RUN", "RUN"])
    #expect(result.metaArgs.count == 1)
  }

  @Test func commandFormsKeepTheirText() {
    let arguments = [InstructionArgument(value: "make all", range: nil)]
    #expect(CommandForm(arguments: arguments, isJSON: false) == .shell("make all"))
    let words = ["a", "b"].map { InstructionArgument(value: $0, range: nil) }
    #expect(CommandForm(arguments: words, isJSON: false) == .shell("a b"))
    #expect(CommandForm(arguments: words, isJSON: true) == .exec(["a", "b"]))
    #expect(CommandForm(arguments: [InstructionArgument](), isJSON: false) == .shell(""))
    #expect(CommandForm(arguments: ["x", "y"], isJSON: false) == .shell("x y"))
  }

  @Test func preparedSuggestionsMatchPlainOnes() {
    for keyword in ["RUNN", "cpy", "Fron", "ENTRYPONT", "xyz", "run"] {
      let plain = Suggestion.closest(
        to: keyword, in: InstructionMessages.instructionNames, caseSensitive: false)
      #expect(Suggestion.closest(to: keyword, in: Suggestion.instructionNames) == plain, "\(keyword)")
    }
    #expect(Suggestion.closest(to: "RUNN", in: Suggestion.instructionNames) == "RUN")
    #expect(Suggestion.closest(to: "cpy", in: Suggestion.instructionNames) == "copy")
  }
}
