import DockerfileSyntax

/// Go's `strconv` and `go-units` parsers, as BuildKit calls them.
enum GoParsing {
  /// `strconv.ParseBool`.
  static func parseBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "TRUE", "true", "True": return true
    case "0", "f", "F", "FALSE", "false", "False": return false
    default: return nil
    }
  }

  /// `strconv.ParseUint(text, radix, 32)`.
  static func parseUInt32(_ text: String, radix: Int) -> UInt32? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 < 0x30 + UInt8(min(radix, 10)) }) else {
      return nil
    }
    return UInt32(text, radix: radix)
  }

  /// Why `strconv.ParseInt(text, 10, 32)` fails, or its value.
  static func parseInt32(_ text: String) -> Result<Int32, Reason> {
    var digits = Substring(text)
    if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return .failure(Reason("strconv.ParseInt: parsing \(GoQuote.quote(text)): invalid syntax"))
    }
    guard let value = Int32(text) else {
      return .failure(Reason("strconv.ParseInt: parsing \(GoQuote.quote(text)): value out of range"))
    }
    return .success(value)
  }

  /// `units.RAMInBytes`: `128m`, `1.5GiB`, `512` (binary multiples).
  static func ramInBytes(_ text: String) -> Int64? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func isDigit(_ i: Int) -> Bool { i < scalars.count && scalars[i].value >= 0x30 && scalars[i].value <= 0x39 }
    guard isDigit(0) else { return nil }
    while isDigit(index) { index += 1 }
    while index < scalars.count && scalars[index] == "." && isDigit(index + 1) {
      index += 1
      while isDigit(index) { index += 1 }
    }
    guard let number = Double(String(String.UnicodeScalarView(scalars[0..<index]))) else { return nil }
    if index < scalars.count && scalars[index] == " " { index += 1 }
    var multiplier: Double = 1
    if index < scalars.count, let power = "kmgtp".firstIndex(of: Character(scalars[index]).lowercased().first ?? " ") {
      multiplier = pow1024("kmgtp".distance(from: "kmgtp".startIndex, to: power) + 1)
      index += 1
    }
    if index < scalars.count && (scalars[index] == "i" || scalars[index] == "I") { index += 1 }
    if index < scalars.count && (scalars[index] == "b" || scalars[index] == "B") { index += 1 }
    guard index == scalars.count else { return nil }
    let bytes = number * multiplier
    guard bytes < 9.2e18 else { return nil }
    return Int64(bytes)
  }

  private static func pow1024(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1) { value, _ in value * 1024 }
  }
}
