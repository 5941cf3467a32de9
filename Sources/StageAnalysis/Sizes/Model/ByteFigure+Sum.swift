extension ByteFigure {
  /// The sum of figures of one kind: points, lows and highs add; the provenance is the weakest
  /// of the parts that can move the total (zeros by rule do not). An unknown part leaves the
  /// known parts as the value and says the total is a lower bound.
  public static func sum(_ parts: [ByteFigure], kind: SizeKind = .content, basis: String) -> ByteFigure {
    let counted = parts.filter { !$0.isZeroByRule }
    guard !counted.isEmpty else {
      return .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis)
    }
    let known = counted.filter(\.isKnown)
    let provenance = counted.map(\.provenance).max() ?? .estimate
    let bytes = known.reduce(Int64(0)) { $0 + $1.bytes }
    let low = known.reduce(Int64(0)) { $0 + $1.low }
    let high = known.reduce(Int64(0)) { $0 + $1.high }
    if provenance == .unknown {
      let unknownCount = counted.count - known.count
      let note = "\(unknownCount) part\(unknownCount == 1 ? "" : "s") unknown; known parts sum to \(bytes) bytes (a lower bound)"
      return ByteFigure(bytes: bytes, low: low, high: high, kind: kind, provenance: .unknown, basis: basis + "; " + note)
    }
    return ByteFigure(bytes: bytes, low: low, high: high, kind: kind, provenance: provenance, basis: basis)
  }
}
