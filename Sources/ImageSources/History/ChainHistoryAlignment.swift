/// What an image's history says about each instruction of the stage chain that built it.
public struct ChainHistoryAlignment: Hashable, Sendable {
  /// What the history says about one instruction.
  public struct Measure: Hashable, Sendable {
    /// The instruction's position in the list given to the aligner.
    public var instructionIndex: Int
    /// The history entries (indices into the oldest-first history) the instruction made:
    /// one for most instructions, none for `ONBUILD` or an unmatched one, and for a `FROM`
    /// of an earlier stage one per `ONBUILD` trigger of that stage that ran there.
    public var historyIndices: [Int]
    /// Bytes the instruction added (of the history's size kind), or nil when it made no entry.
    public var bytes: Int64?
    /// True when none of its entries made a filesystem layer; nil when it made no entry.
    public var isEmptyLayer: Bool?

    /// Makes a measure.
    public init(instructionIndex: Int, historyIndices: [Int], bytes: Int64?, isEmptyLayer: Bool?) {
      self.instructionIndex = instructionIndex
      self.historyIndices = historyIndices
      self.bytes = bytes
      self.isEmptyLayer = isEmptyLayer
    }
  }

  /// One measure per instruction, in the order given.
  public var measures: [Measure]
  /// The oldest `baseEntryCount` history entries belong to the base image.
  public var baseEntryCount: Int
  /// Bytes of the base image's entries.
  public var baseBytes: Int64
  /// Why the alignment is not exact (a keyword that did not match, history that ran out); empty when exact.
  public var mismatches: [String]

  /// True when every expected entry was found with the expected keyword.
  public var isExact: Bool { mismatches.isEmpty }
}
