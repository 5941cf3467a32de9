/// Reads a JSON array the way Go's `json.Unmarshal` into `[]interface{}`
/// does for BuildKit's exec form: strict syntax over the whole text (only
/// blanks may follow the array), then every element must be a string.
struct JSONArrayParser {
  /// What the text turned out to be.
  enum Outcome {
    /// Not valid JSON: BuildKit falls back to the shell form.
    case invalid
    /// Valid JSON, but an element is not a string: BuildKit rejects the file.
    case notStrings
    /// An array of strings, decoded (their source ranges unknown).
    case strings([InstructionArgument])
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  var index: Int

  init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    self.bytes = bytes
    self.end = range.upperBound
    self.index = range.lowerBound
  }

  mutating func parse() -> Outcome {
    var strings: [InstructionArgument] = []
    strings.reserveCapacity(4)
    var allStrings = true
    guard expect(UInt8(ascii: "[")) else { return .invalid }
    skipBlanks()
    if peek() == UInt8(ascii: "]") {
      index += 1
    } else {
      while true {
        skipBlanks()
        if peek() == UInt8(ascii: "\"") {
          guard let string = readString() else { return .invalid }
          strings.append(InstructionArgument(value: string, range: nil))
        } else {
          guard skipValue() else { return .invalid }
          allStrings = false
        }
        skipBlanks()
        if expect(UInt8(ascii: ",")) { continue }
        guard expect(UInt8(ascii: "]")) else { return .invalid }
        break
      }
    }
    skipBlanks()
    guard index == end else { return .invalid }
    return allStrings ? .strings(strings) : .notStrings
  }

  private func peek() -> UInt8? {
    index < end ? bytes[index] : nil
  }

  private mutating func expect(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    index += 1
    return true
  }

  private mutating func skipBlanks() {
    while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      index += 1
    }
  }

  /// Skips any JSON value; false on a syntax error.
  private mutating func skipValue() -> Bool {
    guard let byte = peek() else { return false }
    switch byte {
    case UInt8(ascii: "\""):
      return readString() != nil
    case UInt8(ascii: "["):
      index += 1
      skipBlanks()
      if expect(UInt8(ascii: "]")) { return true }
      while true {
        skipBlanks()
        guard skipValue() else { return false }
        skipBlanks()
        if expect(UInt8(ascii: ",")) { continue }
        return expect(UInt8(ascii: "]"))
      }
    case UInt8(ascii: "{"):
      index += 1
      skipBlanks()
      if expect(UInt8(ascii: "}")) { return true }
      while true {
        skipBlanks()
        guard peek() == UInt8(ascii: "\""), readString() != nil else { return false }
        skipBlanks()
        guard expect(UInt8(ascii: ":")) else { return false }
        skipBlanks()
        guard skipValue() else { return false }
        skipBlanks()
        if expect(UInt8(ascii: ",")) { continue }
        return expect(UInt8(ascii: "}"))
      }
    case UInt8(ascii: "t"):
      return literal("true")
    case UInt8(ascii: "f"):
      return literal("false")
    case UInt8(ascii: "n"):
      return literal("null")
    default:
      return skipNumber()
    }
  }

  private mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard end - index >= count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      return false
    }
    index += count
    return true
  }

  private mutating func digits() -> Int {
    let start = index
    while let byte = peek(), byte >= 0x30, byte <= 0x39 {
      index += 1
    }
    return index - start
  }

  private mutating func skipNumber() -> Bool {
    _ = expect(UInt8(ascii: "-"))
    if expect(UInt8(ascii: "0")) {
      // A leading zero stands alone.
    } else if let byte = peek(), byte >= 0x31, byte <= 0x39 {
      _ = digits()
    } else {
      return false
    }
    if expect(UInt8(ascii: ".")) {
      guard digits() > 0 else { return false }
    }
    if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      index += 1
      if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        index += 1
      }
      guard digits() > 0 else { return false }
    }
    return true
  }

  private mutating func hex4() -> UInt32? {
    guard end - index >= 4 else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: return nil
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  /// Reads a string literal at `index`; nil on a syntax error. Invalid UTF-8
  /// and lone surrogates become U+FFFD, as Go decodes them.
  private mutating func readString() -> String? {
    guard expect(UInt8(ascii: "\"")) else { return nil }
    // The common case: printable ASCII up to the closing quote, taken whole.
    let start = index
    while index < end {
      let byte = bytes[index]
      guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { break }
      if byte == UInt8(ascii: "\"") {
        index += 1
        return GoText.string(bytes, start..<(index - 1))
      }
      index += 1
    }
    var decoded: [UInt8] = []
    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while true {
      guard let byte = peek() else { return nil }
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: decoded, as: UTF8.self)
      case 0x00..<0x20:
        return nil
      case UInt8(ascii: "\\"):
        index += 1
        guard let escaped = peek() else { return nil }
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
          decoded.append(escaped)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
          guard let unit = hex4() else { return nil }
          append(decodeEscapedUnit(unit), to: &decoded)
        default:
          return nil
        }
      case 0x20..<0x80:
        decoded.append(byte)
        index += 1
      default:
        let (scalar, width) = GoText.decodeRune(bytes, at: index, end: end)
        append(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &decoded)
        index += width
      }
    }
  }

  /// Appends the UTF-8 encoding of `scalar`.
  private func append(_ scalar: Unicode.Scalar, to decoded: inout [UInt8]) {
    decoded.append(contentsOf: scalar.utf8)
  }

  /// Combines a `\uXXXX` unit with a following low surrogate escape.
  private mutating func decodeEscapedUnit(_ unit: UInt32) -> Unicode.Scalar {
    guard (0xD800..<0xE000).contains(unit) else { return Unicode.Scalar(unit) ?? "\u{FFFD}" }
    guard unit < 0xDC00, end - index >= 6, bytes[index] == UInt8(ascii: "\\"),
      bytes[index + 1] == UInt8(ascii: "u")
    else { return "\u{FFFD}" }
    let saved = index
    index += 2
    if let low = hex4(), (0xDC00..<0xE000).contains(low) {
      let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }
    index = saved
    return "\u{FFFD}"
  }
}
