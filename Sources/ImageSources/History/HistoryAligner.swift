import StageAnalysis

/// Lines up an image's history with the instructions of the stage chain that built it.
///
/// Rules, as BuildKit applies them (checked on dockerd 20.10's BuildKit): every instruction
/// of a stage appends exactly one history entry (`ARG`, `ENV`, `LABEL`, `USER`, `EXPOSE`,
/// `VOLUME`, `STOPSIGNAL`, `SHELL`, `HEALTHCHECK`, `MAINTAINER`, `CMD`, `ENTRYPOINT` as
/// empty layers; `RUN`, `COPY`, `ADD`, `WORKDIR` as layers, 0 bytes included) except
/// `FROM` and `ONBUILD`. A `FROM` of a stage that declared `ONBUILD` triggers appends one
/// entry per trigger. Arguments before the first `FROM` belong to no stage and record nothing.
/// So the newest entries belong to the last instructions: `HistoryAlignment` walks both lists from
/// the end, matching keywords (read from `created_by` by `CreatedByCommand`); the entries
/// left at the start of the history are the base image's.
public enum HistoryAligner {
  /// What each instruction is expected to leave in the history, oldest first.
  private static func expectations(_ instructions: [ChainInstruction]) -> [HistoryAlignment.Expectation] {
    var expected: [HistoryAlignment.Expectation] = []
    var stageTriggers: [String] = []
    var seenFrom = false
    for (index, instruction) in instructions.enumerated() {
      switch instruction.normalizedKeyword {
      case "FROM":
        if seenFrom {
          expected += stageTriggers.map { HistoryAlignment.Expectation(instruction: index, keyword: $0) }
        }
        seenFrom = true
        stageTriggers = []
      case "ONBUILD":
        if let trigger = instruction.triggerKeyword { stageTriggers.append(trigger) }
      case let keyword where seenFrom:
        expected.append(HistoryAlignment.Expectation(instruction: index, keyword: keyword))
      default:
        continue
      }
    }
    return expected
  }

  /// Aligns `history` (oldest first) with `instructions` (build order: the base stage
  /// chain's, then the target stage's, each stage starting with its `FROM`).
  public static func align(history: [ImageRecord.HistoryEntry], instructions: [ChainInstruction]) -> ChainHistoryAlignment {
    let alignment = HistoryAlignment(
      history: history, expectations: expectations(instructions), instructionCount: instructions.count,
      keyword: { CreatedByCommand(parsing: $0).keyword })
    let measures = alignment.entryIndices.enumerated().map { index, entries in
      ChainHistoryAlignment.Measure(
        instructionIndex: index, historyIndices: entries,
        bytes: entries.isEmpty ? nil : entries.reduce(0) { $0 + history[$1].bytes },
        isEmptyLayer: entries.isEmpty ? nil : entries.allSatisfy { history[$0].isEmptyLayer })
    }
    let baseCount = alignment.baseEntryCount
    return ChainHistoryAlignment(
      measures: measures, baseEntryCount: baseCount,
      baseBytes: history.prefix(baseCount).reduce(0) { $0 + $1.bytes },
      mismatches: alignment.disagreements.reversed().map(text))
  }

  /// A mismatch as the aligner reports it.
  private static func text(_ mismatch: HistoryAlignment.Mismatch) -> String {
    switch mismatch {
    case .historyExhausted(let expected):
      return "no history entry left for \(expected.keyword) (instruction \(expected.instruction + 1))"
    case .keywordDiffers(let expected, let entry, let found, _):
      let recorded = found ?? "an entry naming no instruction"
      return "instruction \(expected.instruction + 1) expects \(expected.keyword) but history entry \(entry + 1) is \(recorded)"
    }
  }
}
