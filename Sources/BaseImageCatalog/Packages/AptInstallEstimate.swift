/// The estimated size of a `RUN apt-get install ...` layer.
public struct AptInstallEstimate: Sendable, Hashable {
  /// The packages apt would add, what was there already, and what could not be resolved.
  public var closure: PackageClosure
  /// Bytes the new packages add to the layer.
  public var packageBytes: ByteEstimate
  /// Bytes of `/var/lib/apt/lists` left in the layer.
  public var listsBytes: ByteEstimate
  /// How far the estimate can be trusted.
  public var confidence: EstimateConfidence
  /// Why the confidence is what it is, and other caveats, in words.
  public var notes: [String]

  /// Creates an estimate.
  public init(
    closure: PackageClosure, packageBytes: ByteEstimate, listsBytes: ByteEstimate,
    confidence: EstimateConfidence, notes: [String]
  ) {
    self.closure = closure
    self.packageBytes = packageBytes
    self.listsBytes = listsBytes
    self.confidence = confidence
    self.notes = notes
  }

  /// Package bytes plus list bytes.
  public var total: ByteEstimate { packageBytes + listsBytes }
}
