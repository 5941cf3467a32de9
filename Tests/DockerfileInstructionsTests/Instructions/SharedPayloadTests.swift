import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

/// Payloads keep a position in the list they were typed from, and the one-pass readings
/// (both `--mount` parses from one CSV split, flag names taken from the table) answer as
/// the separate readings do.
struct SharedPayloadTests {
  @Test func payloadsPointAtTheirOwnNode() throws {
    let text = "FROM alpine AS base\nRUN make\nCOPY --from=base /a /b\nONBUILD RUN echo\n"
    let dockerfile = Dockerfile.parse(text)
    let pass = InstructionPass(dockerfile)
    for (result, instruction) in zip(pass.results, dockerfile.instructions) {
      #expect(result.typed.instruction.range == instruction.range)
      #expect(result.typed.instruction.original == instruction.original)
    }
    guard case .onbuild(let onbuild) = pass.results[3].typed, let trigger = onbuild.trigger?.value else {
      Issue.record("ONBUILD not typed with a trigger")
      return
    }
    let node = try #require(dockerfile.instructions[3].onbuildTrigger)
    #expect(trigger.instruction.range == node.range)
    #expect(trigger.name == "RUN")
  }

  @Test func aLoneInstructionIsTypedFromItself() {
    let node = Dockerfile.parse("\n\nWORKDIR /app\n").instructions[0]
    guard case .workdir(let workdir) = InstructionTyper.type(node).typed else {
      Issue.record("WORKDIR not typed")
      return
    }
    #expect(workdir.instruction.startLine == 3)
    #expect(workdir.path == "/app")
  }

  @Test(arguments: [
    "type=cache,target=/root/.cache", "from=$STAGE,target=/x", "type=nonsense,target=/x", "from=build,src=/o",
    "type=bind,target=a\"b", "", "type=bind,\"target=/a,b\"", "\"a\"\"b\",target=/t",
    "type=secret,id=a,required", "type=cache,target", "from=stage$,target=/x",
  ])
  func bothMountReadingsMatchSeparateParses(_ text: String) {
    let both = MountParser.parseBoth(text)
    #expect(both.firstPass == MountParser.parse(text, expand: nil))
    #expect(both.literal == MountParser.parse(text, expand: { .success($0) }))
  }

  @Test func quotedCSVFieldsJoinDoubledQuotesAndCommas() throws {
    #expect(try CSVFields.split("a,\"b,c\",\"d\"\"e\",").get() == ["a", "b,c", "d\"e", ""])
    #expect(try CSVFields.split("\"x\"").get() == ["x"])
    guard case .failure(let reason) = CSVFields.split("\"x\"y") else {
      Issue.record("text after a closing quote accepted")
      return
    }
    #expect(reason.text == "parse error on line 1, column 3: extraneous or missing \" in quoted-field")
  }

  @Test func flagOccurrencesAreNamedAfterTheTable() throws {
    let flag = InstructionFlag(text: "--mount=type=cache,target=/c", range: 4..<33)
    let network = InstructionFlag(text: "--network=none", range: 34..<48)
    let parsed = ParsedFlags([flag, network], accepting: InstructionFlagTable.run)
    #expect(parsed.error == nil)
    #expect(parsed.occurrences.map(\.name) == ["mount", "network"])
    #expect(parsed.strings("mount").map(\.value) == ["type=cache,target=/c"])
    #expect(parsed.string("network")?.value == "none")
    let accented = InstructionFlag(text: "--fröm=a", range: 0..<9)
    let unicode = ParsedFlags([accented], accepting: InstructionFlagTable.copy)
    #expect(unicode.error?.message.hasPrefix("unknown flag: --fröm") == true)
  }

  @Test(arguments: ["<<EOF", "3<<EOF", "<<-EOF", "/app", "12", "<EOF", "1<2", "", "a<<EOF"])
  func heredocWordsAreRecognisedOnlyAfterDigits(_ word: String) {
    let expected = word.drop { $0.isASCII && $0.isNumber }.hasPrefix("<<")
    #expect((HeredocWord(word) != nil) == expected, "\(word)")
  }
}
