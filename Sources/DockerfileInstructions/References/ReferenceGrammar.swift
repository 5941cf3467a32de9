/// The `distribution/reference` grammar as hand-written byte matchers (no regular expressions).
enum ReferenceGrammar {
  /// A span of a reference's UTF-8 bytes, indexed from the start of the reference.
  typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLowerAlphanumeric(byte) || (byte >= 0x41 && byte <= 0x5A)
  }

  private static func isHex(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
  }

  /// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`
  static func isPathComponent(_ bytes: Bytes) -> Bool {
    var index = bytes.startIndex
    func alphanumerics() -> Bool {
      let start = index
      while index < bytes.endIndex && isLowerAlphanumeric(bytes[index]) { index += 1 }
      return index > start
    }
    guard alphanumerics() else { return false }
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        index += 1
      } else if byte == UInt8(ascii: "_") {
        index += 1
        if index < bytes.endIndex && bytes[index] == UInt8(ascii: "_") { index += 1 }
      } else if byte == UInt8(ascii: "-") {
        while index < bytes.endIndex && bytes[index] == UInt8(ascii: "-") { index += 1 }
      } else {
        return false
      }
      guard alphanumerics() else { return false }
    }
    return true
  }

  /// `(?:domainName|\[ipv6\])(?::[0-9]+)?`
  static func isDomainAndPort(_ bytes: Bytes) -> Bool {
    var host = bytes
    if let colon = bytes.lastIndex(of: UInt8(ascii: ":")), bytes.last != UInt8(ascii: "]") {
      let port = bytes[(colon + 1)...]
      guard !port.isEmpty, port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      host = bytes[..<colon]
    }
    if host.first == UInt8(ascii: "[") {
      guard host.count > 2, host.last == UInt8(ascii: "]") else { return false }
      return host.dropFirst().dropLast().allSatisfy { isHex($0) || $0 == UInt8(ascii: ":") }
    }
    guard !host.isEmpty else { return false }
    var componentStart = host.startIndex
    let dot = UInt8(ascii: ".")
    for index in host.startIndex...host.endIndex where index == host.endIndex || host[index] == dot {
      guard isDomainComponent(host[componentStart..<index]) else { return false }
      componentStart = index + 1
    }
    return true
  }

  /// `[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?`, one `.`-separated part of a domain.
  private static func isDomainComponent(_ component: Bytes) -> Bool {
    guard let first = component.first, let last = component.last, isAlphanumeric(first), isAlphanumeric(last)
    else { return false }
    return component.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
  }

  /// `[\w][\w.-]{0,127}`
  static func isTag(_ bytes: Bytes) -> Bool {
    func isWord(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") }
    guard let first = bytes.first, isWord(first), bytes.count <= 128 else { return false }
    return bytes.allSatisfy { isWord($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
  }

  /// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[[:xdigit:]]{32,}`
  static func isDigest(_ bytes: Bytes) -> Bool {
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let algorithm = bytes[..<colon], encoded = bytes[(colon + 1)...]
    guard encoded.count >= 32, encoded.allSatisfy(isHex) else { return false }
    var expectLetter = true
    for byte in algorithm {
      let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      if expectLetter {
        guard isLetter else { return false }
        expectLetter = false
      } else if "-_+.".utf8.contains(byte) {
        expectLetter = true
      } else if !isAlphanumeric(byte) {
        return false
      }
    }
    return !algorithm.isEmpty && !expectLetter
  }

  /// `go-digest` validation of a digest that matched the grammar.
  static func validateDigest(_ bytes: Bytes) -> ImageReferenceError? {
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .invalidDigestFormat }
    let algorithm = String(decoding: bytes[..<colon], as: UTF8.self)
    let encoded = bytes[(colon + 1)...]
    let length: Int
    switch algorithm {
    case "sha256": length = 64
    case "sha384": length = 96
    case "sha512": length = 128
    default: return .unsupportedDigestAlgorithm
    }
    guard encoded.count == length else { return .invalidDigestLength }
    let lowerHex = encoded.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    return lowerHex ? nil : .invalidDigestFormat
  }
}
