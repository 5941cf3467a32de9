/// How extracted bytes relate to `Installed-Size`, learnt from measured packages.
///
/// `expected` is the byte-weighted mean ratio; `low` and `high` are the
/// byte-weighted 10th and 90th percentiles, so a few odd small packages do
/// not widen the range.
public struct SizeRatio: Sendable, Hashable {
  /// Lower ratio.
  public var low: Double
  /// Central ratio.
  public var expected: Double
  /// Upper ratio.
  public var high: Double

  /// Creates a ratio band.
  public init(low: Double, expected: Double, high: Double) {
    self.low = low
    self.expected = expected
    self.high = high
  }

  /// Band used when nothing was measured: the nominal size with ±15 %.
  public static let unmeasured = SizeRatio(low: 0.85, expected: 1.0, high: 1.15)

  /// Learns the band from measurements, for full (`slim == false`) or slim images.
  public init(measurements: [PackageMeasurement], slim: Bool) {
    let samples = measurements.filter { $0.installedKiB > 0 }.map {
      (
        ratio: Double($0.layerBytes(slim: slim)) / Double($0.installedKiB * 1024),
        weight: Double($0.installedKiB)
      )
    }
    let total = samples.reduce(0) { $0 + $1.weight }
    guard total > 0 else {
      self = .unmeasured
      return
    }
    let sorted = samples.sorted { $0.ratio < $1.ratio }
    func percentile(_ fraction: Double) -> Double {
      var seen = 0.0
      for sample in sorted {
        seen += sample.weight
        if seen >= fraction * total { return sample.ratio }
      }
      return sorted.last?.ratio ?? 1
    }
    low = percentile(0.1)
    high = percentile(0.9)
    expected = samples.reduce(0) { $0 + $1.ratio * $1.weight } / total
  }

  /// Applies the band to a nominal byte count.
  func apply(to bytes: Int64) -> ByteEstimate {
    let value = Double(bytes)
    return ByteEstimate(
      low: Int64((value * low).rounded()), expected: Int64((value * expected).rounded()),
      high: Int64((value * high).rounded()))
  }
}
