/// An estimated byte count with a low–high range around it.
public struct ByteEstimate: Sendable, Hashable {
  /// Lowest plausible value.
  public var low: Int64
  /// Best single value.
  public var expected: Int64
  /// Highest plausible value.
  public var high: Int64

  /// Creates an estimate.
  public init(low: Int64, expected: Int64, high: Int64) {
    self.low = low
    self.expected = expected
    self.high = high
  }

  /// An exact value.
  public static func exactly(_ bytes: Int64) -> ByteEstimate {
    ByteEstimate(low: bytes, expected: bytes, high: bytes)
  }

  /// Zero bytes.
  public static let zero = ByteEstimate.exactly(0)

  /// Component-wise sum.
  public static func + (left: ByteEstimate, right: ByteEstimate) -> ByteEstimate {
    ByteEstimate(
      low: left.low + right.low, expected: left.expected + right.expected, high: left.high + right.high)
  }
}

/// How far an estimate can be trusted, with the reasons.
public enum EstimateConfidence: String, Sendable, Hashable, Comparable {
  case high
  case medium
  case low

  public static func < (left: EstimateConfidence, right: EstimateConfidence) -> Bool {
    let order: [EstimateConfidence] = [.low, .medium, .high]
    return (order.firstIndex(of: left) ?? 0) < (order.firstIndex(of: right) ?? 0)
  }
}
