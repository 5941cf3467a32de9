import StageAnalysis
import Testing

@Suite struct HistoryAlignmentTests {
  private static func history(_ texts: [String]) -> [ImageRecord.HistoryEntry] {
    texts.map { ImageRecord.HistoryEntry(createdBy: $0, bytes: 1, isEmptyLayer: false) }
  }

  private static func expect(_ instruction: Int, _ keyword: String) -> HistoryAlignment.Expectation {
    HistoryAlignment.Expectation(instruction: instruction, keyword: keyword)
  }

  /// Reads the keyword as the first word, for tests that are about the walk only.
  private static func firstWord(_ text: String) -> String? {
    text.split(separator: " ").first.map(String.init)
  }

  @Test func oneInstructionMayOwnSeveralEntries() {
    let alignment = HistoryAlignment(
      history: Self.history(["base", "RUN a", "RUN trigger", "COPY trigger", "ENV x"]),
      expectations: [Self.expect(0, "RUN"), Self.expect(1, "RUN"), Self.expect(1, "COPY"), Self.expect(2, "ENV")],
      instructionCount: 3, keyword: Self.firstWord)
    #expect(alignment.isExact)
    #expect(alignment.entryIndices == [[1], [2, 3], [4]])
    #expect(alignment.baseEntryCount == 1)
  }

  @Test func aDifferingEntryIsLeftForTheEarlierInstructions() {
    let alignment = HistoryAlignment(
      history: Self.history(["RUN a", "ENV x"]),
      expectations: [Self.expect(0, "RUN"), Self.expect(1, "COPY"), Self.expect(2, "ENV")],
      instructionCount: 3, keyword: Self.firstWord)
    #expect(!alignment.isExact)
    #expect(alignment.entryIndices == [[0], [], [1]])
    #expect(alignment.disagreements == [.keywordDiffers(Self.expect(1, "COPY"), entry: 0, found: "RUN", createdBy: "RUN a")])
    #expect(alignment.baseEntryCount == 0)
  }

  @Test func theSizeModelsTextStopsAtTheFirstDifferingEntry() {
    let history = Self.history(["/bin/sh -c #(nop)  CMD [\"x\"]", "RUN /bin/sh -c make # buildkit"])
    let alignment = HistoryAlignment(history: history, keywords: ["ENV", "COPY", "USER", "RUN"])
    #expect(alignment.disagreements.count == 3)
    #expect(
      alignment.mismatches == [
        "instruction 3 of the chain is USER but history entry 1 is CMD (/bin/sh -c #(nop)  CMD [\"x\"])"
      ])
    let short = HistoryAlignment(history: [], keywords: ["RUN", nil, "ENV"])
    #expect(
      short.mismatches == [
        "no history entry is left for ENV (instruction 3 of the chain)",
        "no history entry is left for RUN (instruction 1 of the chain)",
      ])
    #expect(short.entries == [nil, nil, nil])
  }
}
