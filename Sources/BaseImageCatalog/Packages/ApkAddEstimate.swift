/// The estimated size of a `RUN apk add ...` layer.
public struct ApkAddEstimate: Sendable, Hashable {
  /// Named packages with a known size that are not yet installed.
  public var packages: [String]
  /// Named packages already in the base image.
  public var alreadyPresent: [String]
  /// Named packages with no known size.
  public var unresolved: [String]
  /// Bytes of `packages` (apk's rounding gives the range).
  public var packageBytes: ByteEstimate
  /// How far the estimate can be trusted.
  public var confidence: EstimateConfidence
  /// Caveats in words.
  public var notes: [String]

  /// Creates an estimate.
  public init(
    packages: [String], alreadyPresent: [String], unresolved: [String], packageBytes: ByteEstimate,
    confidence: EstimateConfidence, notes: [String]
  ) {
    self.packages = packages
    self.alreadyPresent = alreadyPresent
    self.unresolved = unresolved
    self.packageBytes = packageBytes
    self.confidence = confidence
    self.notes = notes
  }
}
