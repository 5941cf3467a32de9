import DockerfileSyntax

/// Go's `time.ParseDuration`, which BuildKit uses for `HEALTHCHECK` options.
enum GoDuration {
  private static let units: [String: UInt64] = [
    "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000, "ms": 1_000_000,
    "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
  ]

  /// Nanoseconds, or Go's error message.
  static func parse(_ text: String) -> Result<Int64, Reason> {
    let invalid = Reason("time: invalid duration \(GoQuote.quote(text))")
    var bytes = ArraySlice(text.utf8)
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    if bytes.elementsEqual("0".utf8) { return .success(0) }
    if bytes.isEmpty { return .failure(invalid) }
    let limit = UInt64(1) << 63
    var total: UInt64 = 0
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    while let first = bytes.first {
      guard first == UInt8(ascii: ".") || isDigit(first) else { return .failure(invalid) }
      var whole: UInt64 = 0
      let wholeDigits = bytes.prefix(while: isDigit)
      for digit in wholeDigits {
        let (times, overflow) = whole.multipliedReportingOverflow(by: 10)
        guard !overflow, times + UInt64(digit - 0x30) < limit else { return .failure(invalid) }
        whole = times + UInt64(digit - 0x30)
      }
      bytes = bytes.dropFirst(wholeDigits.count)
      var fraction: UInt64 = 0
      var scale = 1.0
      var hasFraction = false
      if bytes.first == UInt8(ascii: ".") {
        bytes = bytes.dropFirst()
        let fractionDigits = bytes.prefix(while: isDigit)
        hasFraction = !fractionDigits.isEmpty
        for digit in fractionDigits where fraction < (limit - 1) / 10 {
          fraction = fraction * 10 + UInt64(digit - 0x30)
          scale *= 10
        }
        bytes = bytes.dropFirst(fractionDigits.count)
      }
      guard !wholeDigits.isEmpty || hasFraction else { return .failure(invalid) }
      let unitBytes = bytes.prefix { $0 != UInt8(ascii: ".") && !isDigit($0) }
      guard !unitBytes.isEmpty else {
        return .failure(Reason("time: missing unit in duration \(GoQuote.quote(text))"))
      }
      let unitName = String(decoding: unitBytes, as: UTF8.self)
      bytes = bytes.dropFirst(unitBytes.count)
      guard let unit = units[unitName] else {
        return .failure(
          Reason("time: unknown unit \(GoQuote.quote(unitName)) in duration \(GoQuote.quote(text))"))
      }
      guard whole <= limit / unit else { return .failure(invalid) }
      var value = whole * unit
      if fraction > 0 {
        value += UInt64(Double(fraction) * (Double(unit) / scale))
        guard value <= limit else { return .failure(invalid) }
      }
      let (sum, overflow) = total.addingReportingOverflow(value)
      guard !overflow, sum <= limit else { return .failure(invalid) }
      total = sum
    }
    if negative { return .success(total == limit ? Int64.min : -Int64(total)) }
    guard total < limit else { return .failure(invalid) }
    return .success(Int64(total))
  }
}
