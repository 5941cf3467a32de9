/// Byte-level helpers that reproduce how BuildKit's Go code classifies text.
///
/// Go decodes UTF-8 one rune at a time and maps each invalid byte to
/// U+FFFD; `unicode.IsSpace` accepts the ASCII blanks, NEL, NBSP and the
/// Unicode space separators. Several BuildKit functions instead look at
/// single bytes as runes (`rune(line[pos])`), which makes the bytes 0x85 and
/// 0xA0 spaces too; both views are here.
enum GoText {
  /// Go's `utf8.DecodeRune`: the scalar at `index` and its width; an invalid
  /// or truncated sequence decodes as U+FFFD of width 1.
  @inline(__always)
  static func decodeRune(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    return decodeMultibyte(bytes, at: index, end: end)
  }

  static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    let invalid: (UInt32, Int) = (0xFFFD, 1)
    func continuation(_ offset: Int, low: UInt8 = 0x80, high: UInt8 = 0xBF) -> UInt32? {
      guard index + offset < end else { return nil }
      let byte = bytes[index + offset]
      guard byte >= low, byte <= high else { return nil }
      return UInt32(byte & 0x3F)
    }
    switch lead {
    case 0xC2...0xDF:
      guard let second = continuation(1) else { return invalid }
      return ((UInt32(lead & 0x1F) << 6) | second, 2)
    case 0xE0...0xEF:
      let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
      let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
      guard let second = continuation(1, low: low, high: high), let third = continuation(2) else { return invalid }
      return ((UInt32(lead & 0x0F) << 12) | (second << 6) | third, 3)
    case 0xF0...0xF4:
      let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
      let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
      guard let second = continuation(1, low: low, high: high), let third = continuation(2),
        let fourth = continuation(3)
      else { return invalid }
      return ((UInt32(lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth, 4)
    default:
      return invalid
    }
  }

  /// Go's `unicode.IsSpace` for a decoded scalar.
  @inline(__always)
  static func isSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Go's `unicode.IsSpace(rune(b))` for a single byte taken as a rune.
  @inline(__always)
  static func isByteSpace(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
    default: return false
    }
  }

  /// The bytes BuildKit's `reWhitespace` (`[\t\v\f\r ]+`) matches.
  @inline(__always)
  static func isSplitBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D
  }

  /// The index of the first byte at or after `start` that does not begin a
  /// Unicode space (`bytes.TrimLeftFunc(_, unicode.IsSpace)`).
  @inline(__always)
  static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        guard byte == 0x20 || (0x09...0x0D).contains(byte) else { break }
        index += 1
        continue
      }
      let (scalar, width) = decodeMultibyte(bytes, at: index, end: end)
      guard isSpace(scalar) else { break }
      index += width
    }
    return index
  }

  /// The end index after trimming trailing Unicode spaces
  /// (`strings.TrimRightFunc(_, unicode.IsSpace)`).
  static func trimTrailingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = end
    while index > start {
      let byte = bytes[index - 1]
      if byte < 0x80 {
        guard byte == 0x20 || (0x09...0x0D).contains(byte) else { break }
        index -= 1
        continue
      }
      var lead = index - 1
      while lead > start, lead > index - 4, bytes[lead] & 0xC0 == 0x80 {
        lead -= 1
      }
      let (scalar, width) = decodeRune(bytes, at: lead, end: index)
      guard lead + width == index, isSpace(scalar) else { break }
      index = lead
    }
    return index
  }

  /// Decodes bytes as Go would print them: invalid UTF-8 becomes U+FFFD.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
