import StageAnalysis

/// Lines up an image's history with the instructions of the stage chain that built it.
///
/// Rules, as BuildKit applies them (checked on dockerd 20.10's BuildKit): every instruction
/// of a stage appends exactly one history entry (`ARG`, `ENV`, `LABEL`, `USER`, `EXPOSE`,
/// `VOLUME`, `STOPSIGNAL`, `SHELL`, `HEALTHCHECK`, `MAINTAINER`, `CMD`, `ENTRYPOINT` as
/// empty layers; `RUN`, `COPY`, `ADD`, `WORKDIR` as layers, 0 bytes included) except
/// `FROM` and `ONBUILD`. A `FROM` of a stage that declared `ONBUILD` triggers appends one
/// entry per trigger. Arguments before the first `FROM` belong to no stage and record nothing.
/// So the newest entries belong to the last instructions: the aligner walks both lists from
/// the end, matching keywords (read from `created_by` by `CreatedByCommand`); the entries
/// left at the start of the history are the base image's.
public enum HistoryAligner {
  /// What one instruction is expected to leave in the history, oldest first.
  private static func expectedKeywords(
    _ instructions: [ChainInstruction]
  ) -> [(instruction: Int, keyword: String)] {
    var expected: [(instruction: Int, keyword: String)] = []
    var stageTriggers: [String] = []
    var seenFrom = false
    for (index, instruction) in instructions.enumerated() {
      switch instruction.normalizedKeyword {
      case "FROM":
        if seenFrom {
          expected += stageTriggers.map { (instruction: index, keyword: $0) }
        }
        seenFrom = true
        stageTriggers = []
      case "ONBUILD":
        if let trigger = instruction.triggerKeyword { stageTriggers.append(trigger) }
      case let keyword where seenFrom:
        expected.append((instruction: index, keyword: keyword))
      default:
        continue
      }
    }
    return expected
  }

  /// Aligns `history` (oldest first) with `instructions` (build order: the base stage
  /// chain's, then the target stage's, each stage starting with its `FROM`).
  public static func align(history: [ImageRecord.HistoryEntry], instructions: [ChainInstruction]) -> HistoryAlignment {
    var indices = [[Int]](repeating: [], count: instructions.count)
    var mismatches: [String] = []
    var next = history.count - 1
    for expectation in expectedKeywords(instructions).reversed() {
      let position = expectation.instruction + 1
      guard next >= 0 else {
        mismatches.append("no history entry left for \(expectation.keyword) (instruction \(position))")
        continue
      }
      let recorded = CreatedByCommand(parsing: history[next].createdBy)
      guard recorded.keyword == expectation.keyword else {
        let found = recorded.keyword ?? "an entry naming no instruction"
        mismatches.append("instruction \(position) expects \(expectation.keyword) but history entry \(next + 1) is \(found)")
        continue
      }
      indices[expectation.instruction].insert(next, at: 0)
      next -= 1
    }
    let measures = indices.enumerated().map { index, entries in
      HistoryAlignment.Measure(
        instructionIndex: index, historyIndices: entries,
        bytes: entries.isEmpty ? nil : entries.reduce(0) { $0 + history[$1].bytes },
        isEmptyLayer: entries.isEmpty ? nil : entries.allSatisfy { history[$0].isEmptyLayer })
    }
    let baseCount = next + 1
    return HistoryAlignment(
      measures: measures, baseEntryCount: baseCount,
      baseBytes: history.prefix(baseCount).reduce(0) { $0 + $1.bytes }, mismatches: mismatches.reversed())
  }
}
