/// The size model's view: one keyword per instruction, read back with `CreatedByCommand`.
extension HistoryAlignment {
  /// Aligns `history` (oldest first) with `keywords`, one per instruction in build order
  /// (nil for an instruction that makes no entry).
  public init(history: [ImageRecord.HistoryEntry], keywords: [String?]) {
    let expectations = keywords.enumerated().compactMap { index, keyword in
      keyword.map { Expectation(instruction: index, keyword: $0) }
    }
    self.init(
      history: history, expectations: expectations, instructionCount: keywords.count,
      keyword: { CreatedByCommand(parsing: $0).keyword })
  }

  /// For each instruction, the history entry (oldest-first index) it made, or nil.
  public var entries: [Int?] { entryIndices.map(\.last) }

  /// Why the alignment is not exact, up to the first entry naming another instruction
  /// (after it the chain is no longer in step); empty when exact.
  public var mismatches: [String] {
    var texts: [String] = []
    for mismatch in disagreements {
      switch mismatch {
      case .historyExhausted(let expected):
        texts.append("no history entry is left for \(expected.keyword) (instruction \(expected.instruction + 1) of the chain)")
      case .keywordDiffers(let expected, let entry, let found, let createdBy):
        texts.append(
          "instruction \(expected.instruction + 1) of the chain is \(expected.keyword) but history entry \(entry + 1) is "
            + (found ?? "an entry naming no instruction") + " (\(createdBy.prefix(60)))")
        return texts
      }
    }
    return texts
  }
}
