extension ByteFigure {
  /// The sum of figures of one kind: points, lows and highs add; the provenance is the weakest
  /// of the parts that can move the total (zeros by rule do not). An unknown part leaves the
  /// known parts as the value and says the total is a lower bound.
  public static func sum(_ parts: [ByteFigure], kind: SizeKind = .content, basis: String) -> ByteFigure {
    sum(of: parts, kind: kind, basis: basis)
  }

  /// `sum(_:kind:basis:)` over any sequence of figures, read in one pass.
  static func sum<Parts: Sequence<ByteFigure>>(of parts: Parts, kind: SizeKind, basis: String) -> ByteFigure {
    var weakest: SizeProvenance?
    var unknownCount = 0
    var bytes: Int64 = 0
    var low: Int64 = 0
    var high: Int64 = 0
    for part in parts where !part.isZeroByRule {
      weakest = max(weakest ?? part.provenance, part.provenance)
      guard part.isKnown else {
        unknownCount += 1
        continue
      }
      bytes += part.bytes
      low += part.low
      high += part.high
    }
    guard let provenance = weakest else {
      return .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis)
    }
    if provenance == .unknown {
      // One buffer for the whole basis: a stage total is made for every stage.
      var text = basis
      text.reserveCapacity(basis.utf8.count + 80)
      text += "; "
      text += String(unknownCount)
      text += unknownCount == 1 ? " part unknown; known parts sum to " : " parts unknown; known parts sum to "
      text += String(bytes)
      text += " bytes (a lower bound)"
      return ByteFigure(bytes: bytes, low: low, high: high, kind: kind, provenance: .unknown, basis: text)
    }
    return ByteFigure(bytes: bytes, low: low, high: high, kind: kind, provenance: provenance, basis: basis)
  }

  /// The bytes the known parts add up to: the value `sum(_:kind:basis:)` gives, without its basis.
  static func knownBytes(of parts: [ByteFigure]) -> Int64 {
    parts.reduce(Int64(0)) { $0 + ($1.isKnown && !$1.isZeroByRule ? $1.bytes : 0) }
  }
}
