import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

struct ParsedFlagsTests {
  private func flags(_ texts: [String]) -> [InstructionFlag] {
    var offset = 5
    return texts.map { text in
      defer { offset += text.utf8.count + 1 }
      return InstructionFlag(text: text, range: offset..<(offset + text.utf8.count))
    }
  }

  @Test func readsStringsBooleansAndRepeatedFlags() throws {
    let parsed = ParsedFlags(
      flags(["--from=build", "--link", "--exclude=*.md", "--exclude=.git", "--parents=false"]),
      accepting: InstructionFlagTable.copy)
    #expect(parsed.error == nil)
    #expect(parsed.string("from")?.value == "build")
    #expect(parsed.bool("link")?.value == true)
    #expect(parsed.bool("parents")?.value == false)
    #expect(parsed.strings("exclude").map(\.value) == ["*.md", ".git"])
    #expect(parsed.string("chown") == nil)
    let from = try #require(parsed.string("from"))
    #expect(from.flag.text == "--from=build")
    #expect(from.valueRange == 12..<17)
  }

  @Test(arguments: [
    (["--frm=build"], "unknown flag: --frm (did you mean from?)"),
    (["--user=root"], "unknown flag: --user"),
    (["--from=a", "--from=b"], "duplicate flag specified: --from"),
    (["--from"], "missing a value on flag: --from"),
    (["--link="], "missing a value on flag: --link"),
    (["--link=yes"], "expecting boolean value for flag --link, not: yes"),
    (["-from=a"], "arg should start with -- : -from=a"),
  ])
  func rejectsFlagsWithBuildKitMessages(_ texts: [String], _ message: String) {
    #expect(ParsedFlags(flags(texts), accepting: InstructionFlagTable.copy).error?.message == message)
  }

  @Test func booleanValuesAreCaseInsensitive() {
    #expect(ParsedFlags(flags(["--link=TRUE"]), accepting: InstructionFlagTable.copy).bool("link")?.value == true)
  }

  @Test func doubleDashEndsFlagParsing() {
    let parsed = ParsedFlags(flags(["--from=a", "--", "--bogus"]), accepting: InstructionFlagTable.copy)
    #expect(parsed.error == nil)
    #expect(parsed.occurrences.count == 1)
  }

  @Test func flaglessInstructionsRejectEveryFlag() {
    #expect(ParsedFlags(flags(["--x=1"]), accepting: InstructionFlagTable.none).error?.message == "unknown flag: --x")
  }

  @Test func quotedFlagsHaveNoValueRange() {
    let flag = InstructionFlag(text: "--from=a", range: 0..<10)
    #expect(FlagValue(value: "a", flag: flag).valueRange == nil)
  }
}
