/// The fields of one 512-byte tar header block that the reader needs.
struct TarHeader {
  let name: String
  let linkName: String
  let size: Int64
  let typeFlag: UInt8

  /// Parses and checksums `block` (exactly 512 bytes).
  init(block: [UInt8]) throws {
    let stored = try Self.octal(block[148..<156], field: "checksum")
    var unsigned: Int64 = 0
    for (index, byte) in block.enumerated() {
      unsigned += (148..<156).contains(index) ? 32 : Int64(byte)
    }
    var signed: Int64 = 0
    for (index, byte) in block.enumerated() {
      signed += (148..<156).contains(index) ? 32 : Int64(Int8(bitPattern: byte))
    }
    guard stored == unsigned || stored == signed else {
      throw ArchiveError.malformedHeader(reason: "header checksum mismatch")
    }
    typeFlag = block[156]
    size = try Self.number(block[124..<136], field: "size")
    let baseName = Self.cString(block[0..<100])
    let isPOSIXUstar = Array(block[257..<263]) == Array("ustar\0".utf8)
    let prefix = isPOSIXUstar ? Self.cString(block[345..<500]) : ""
    name = prefix.isEmpty ? baseName : prefix + "/" + baseName
    linkName = Self.cString(block[157..<257])
  }

  /// The kind of member the type flag names.
  var kind: TarEntry.Kind {
    switch typeFlag {
    case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): .file
    case UInt8(ascii: "5"): .directory
    case UInt8(ascii: "2"): .symlink
    case UInt8(ascii: "1"): .hardlink
    default: .other(typeFlag)
    }
  }

  /// The bytes up to the first NUL, as UTF-8 (invalid sequences repaired).
  static func cString<C: Collection<UInt8>>(_ bytes: C) -> String {
    let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
    return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
  }

  /// A numeric field: octal text, or GNU base-256 when the high bit of the first byte is set.
  private static func number(_ bytes: ArraySlice<UInt8>, field: String) throws -> Int64 {
    guard let first = bytes.first, first & 0x80 != 0 else {
      return try octal(bytes, field: field)
    }
    guard first & 0x40 == 0 else {
      throw ArchiveError.malformedHeader(reason: "negative \(field)")
    }
    var value: Int64 = Int64(first & 0x3F)
    for byte in bytes.dropFirst() {
      guard value <= (Int64.max >> 8) else {
        throw ArchiveError.malformedHeader(reason: "\(field) overflows")
      }
      value = value << 8 | Int64(byte)
    }
    return value
  }

  private static func octal(_ bytes: ArraySlice<UInt8>, field: String) throws -> Int64 {
    var value: Int64 = 0
    var seenDigit = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        guard value <= (Int64.max >> 3) else {
          throw ArchiveError.malformedHeader(reason: "\(field) overflows")
        }
        value = value << 3 | Int64(byte - UInt8(ascii: "0"))
        seenDigit = true
      case UInt8(ascii: " ") where !seenDigit:
        continue
      case 0, UInt8(ascii: " "):
        return value
      default:
        throw ArchiveError.malformedHeader(reason: "\(field) field is not octal")
      }
    }
    return value
  }
}
