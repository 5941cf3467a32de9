/// How an image's history lines up with the instructions of the stage chain that built it.
///
/// BuildKit appends one history entry per instruction of every stage of the chain except
/// `FROM` and `ONBUILD` (`ARG`, `ENV`, `CMD`, … as empty layers; `RUN`, `COPY`, `ADD`,
/// `WORKDIR` as layers, 0 bytes included); arguments before the first `FROM` record nothing.
/// So the newest entries belong to the last instructions: the alignment walks both lists from
/// the end comparing keywords, and the entries left at the start are the base image's.
public struct HistoryAlignment: Hashable, Sendable {
  /// For each instruction given, the history entry (oldest-first index) it made, or nil.
  public var entries: [Int?]
  /// How many of the oldest entries belong to the base image.
  public var baseEntryCount: Int
  /// Why the alignment is not exact; empty when every expected entry matched.
  public var mismatches: [String]

  /// Whether every expected entry was found with the expected keyword.
  public var isExact: Bool { mismatches.isEmpty }

  /// Aligns `history` (oldest first) with `keywords`, one per instruction in build order
  /// (nil for an instruction that makes no entry).
  public init(history: [ImageRecord.HistoryEntry], keywords: [String?]) {
    var entries = [Int?](repeating: nil, count: keywords.count)
    var mismatches: [String] = []
    var next = history.count - 1
    for index in keywords.indices.reversed() {
      guard let expected = keywords[index] else { continue }
      guard next >= 0 else {
        mismatches.append("no history entry is left for \(expected) (instruction \(index + 1) of the chain)")
        continue
      }
      let found = HistoryKeyword.keyword(of: history[next].createdBy)
      guard found == expected else {
        mismatches.append(
          "instruction \(index + 1) of the chain is \(expected) but history entry \(next + 1) is "
            + (found ?? "an entry naming no instruction") + " (\(history[next].createdBy.prefix(60)))")
        break
      }
      entries[index] = next
      next -= 1
    }
    self.entries = entries
    baseEntryCount = next + 1
    self.mismatches = mismatches
  }
}
