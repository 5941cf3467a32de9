import StageAnalysis

/// What a size computation is for, so its answer can be matched with the state that asked.
public enum SizePurpose: Hashable, Sendable {
  /// The edited file at a document revision.
  case current(revision: Int)
  /// The file as read, for the before/after summary of swaps.
  case baseline(target: String?)
  /// Projections of swap picker choices (by their keys) for a stage's base, at a document revision.
  case candidates(stage: Int, revision: Int, keys: [String])
}

/// One or more versions of the file to size with the same configuration and measured records.
public struct SizeJob: Sendable {
  /// One file version, by a key the answer is returned under.
  public struct Input: Sendable {
    public var key: String
    /// The file to size, or the file a swap is projected over.
    public var bytes: [UInt8]
    /// A base swap to project over `bytes` with `SwapAnalysis` and the runner's sizing (context,
    /// model, measured records); the answer is the swapped file's report.
    public var swap: BaseImageSwap?

    /// An input; with `swap`, a projection of that swap over `bytes`.
    public init(key: String, bytes: [UInt8], swap: BaseImageSwap? = nil) {
      self.key = key
      self.bytes = bytes
      self.swap = swap
    }
  }

  /// The key the report of the unswapped file comes back under when the job projects swaps
  /// (the figure the projections' deltas are taken from).
  public static let unswappedKey = "\u{0}unswapped"

  public var purpose: SizePurpose
  public var inputs: [Input]
  public var configuration: BuildConfiguration
  public var measured: MeasuredImages

  /// A job.
  public init(purpose: SizePurpose, inputs: [Input], configuration: BuildConfiguration, measured: MeasuredImages) {
    self.purpose = purpose
    self.inputs = inputs
    self.configuration = configuration
    self.measured = measured
  }
}
