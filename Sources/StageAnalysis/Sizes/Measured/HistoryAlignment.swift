/// How an image's history lines up with the instructions of the stage chain that built it.
///
/// BuildKit appends one history entry per instruction of every stage of the chain except
/// `FROM` and `ONBUILD` (`ARG`, `ENV`, `CMD`, … as empty layers; `RUN`, `COPY`, `ADD`,
/// `WORKDIR` as layers, 0 bytes included); arguments before the first `FROM` record nothing,
/// and a `FROM` of a stage that declared `ONBUILD` triggers records one entry per trigger.
/// So the newest entries belong to the last instructions: the alignment walks both lists from
/// the end comparing keywords, and the entries left at the start are the base image's.
public struct HistoryAlignment: Hashable, Sendable {
  /// One history entry an instruction is expected to have made.
  public struct Expectation: Hashable, Sendable {
    /// The instruction's position in the chain (0-based).
    public var instruction: Int
    /// The keyword the entry must name, upper case (`RUN`, `ENV`, …).
    public var keyword: String

    /// Makes an expectation.
    public init(instruction: Int, keyword: String) {
      self.instruction = instruction
      self.keyword = keyword
    }
  }

  /// Where the history disagrees with the chain.
  public enum Mismatch: Hashable, Sendable {
    /// The history ran out before this expectation.
    case historyExhausted(Expectation)
    /// The entry at oldest-first index `entry`, whose `created_by` is `createdBy`, names
    /// `found` (nil: no instruction) instead of the expected keyword.
    case keywordDiffers(Expectation, entry: Int, found: String?, createdBy: String)
  }

  /// For each instruction of the chain, the history entries it made (oldest-first indices, ascending).
  public var entryIndices: [[Int]]
  /// How many of the oldest entries belong to the base image.
  public var baseEntryCount: Int
  /// Where the history disagrees, in the order the walk met them (newest entries first).
  ///
  /// An entry whose keyword differs is left for the expectations before it, so one missing
  /// instruction costs one mismatch.
  public var disagreements: [Mismatch]

  /// Whether every expected entry was found with the expected keyword.
  public var isExact: Bool { disagreements.isEmpty }

  /// Aligns `history` (oldest first) with `expectations` (in build order) of a chain of
  /// `instructionCount` instructions; `keyword` reads the keyword an entry's `created_by` names.
  public init(
    history: [ImageRecord.HistoryEntry], expectations: [Expectation], instructionCount: Int,
    keyword: (String) -> String?
  ) {
    var entryIndices = [[Int]](repeating: [], count: instructionCount)
    var disagreements: [Mismatch] = []
    var next = history.count - 1
    for expectation in expectations.reversed() {
      guard next >= 0 else {
        disagreements.append(.historyExhausted(expectation))
        continue
      }
      let createdBy = history[next].createdBy
      let found = keyword(createdBy)
      guard found == expectation.keyword else {
        disagreements.append(.keywordDiffers(expectation, entry: next, found: found, createdBy: createdBy))
        continue
      }
      entryIndices[expectation.instruction].insert(next, at: 0)
      next -= 1
    }
    self.entryIndices = entryIndices
    baseEntryCount = next + 1
    self.disagreements = disagreements
  }
}
