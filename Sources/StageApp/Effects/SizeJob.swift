import StageAnalysis

/// What a size computation is for, so its answer can be matched with the state that asked.
public enum SizePurpose: Hashable, Sendable {
  /// The edited file at a document revision.
  case current(revision: Int)
  /// The file as read, for the before/after summary of swaps.
  case baseline(target: String?)
  /// Candidates for a stage's base, at a document revision.
  case candidates(stage: Int, revision: Int)
}

/// One or more versions of the file to size with the same configuration and measured records.
public struct SizeJob: Sendable {
  /// One file version, by a key the answer is returned under.
  public struct Input: Sendable {
    public var key: String
    public var bytes: [UInt8]

    /// An input.
    public init(key: String, bytes: [UInt8]) {
      self.key = key
      self.bytes = bytes
    }
  }

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
