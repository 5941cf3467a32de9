/// Reads a tar stream member by member (ustar, GNU long names, pax headers) without
/// holding more than one member's requested bytes in memory.
///
/// Call `next()` to advance; the data of the current member can be read (all or a
/// prefix) with `readData(upTo:)`; whatever is left is skipped on the next `next()`.
struct TarReader<Source: ByteSource> {
  private static var blockSize: Int64 { 512 }
  /// Pax and GNU long-name records are metadata; refuse absurd ones.
  private static var maxMetadataBytes: Int64 { 1 << 20 }

  private var source: Source
  private var remaining: Int64 = 0
  private var padding: Int64 = 0
  private var globalPax: [String: String] = [:]
  private var finished = false

  /// Reads from `source`.
  init(source: Source) {
    self.source = source
  }

  /// The next member, or nil at the end of the archive.
  mutating func next() throws -> TarEntry? {
    guard !finished else { return nil }
    var longName: String?
    var longLink: String?
    var pax: [String: String] = [:]
    while true {
      try skipRest()
      let block = try source.read(upTo: Int(Self.blockSize))
      if block.isEmpty {
        finished = true
        return nil
      }
      guard block.count == Int(Self.blockSize) else {
        throw ArchiveError.truncated(reason: "a header block is cut short")
      }
      if block.allSatisfy({ $0 == 0 }) {
        finished = true
        return nil
      }
      let header = try TarHeader(block: block)
      remaining = header.size
      padding = (Self.blockSize - header.size % Self.blockSize) % Self.blockSize
      switch header.typeFlag {
      case UInt8(ascii: "L"):
        longName = TarHeader.cString(try readMetadata(header.size))
      case UInt8(ascii: "K"):
        longLink = TarHeader.cString(try readMetadata(header.size))
      case UInt8(ascii: "x"):
        pax.merge(try PaxRecords.parse(try readMetadata(header.size))) { _, new in new }
      case UInt8(ascii: "g"):
        globalPax.merge(try PaxRecords.parse(try readMetadata(header.size))) { _, new in new }
      default:
        let merged = globalPax.merging(pax) { _, new in new }
        var size = header.size
        if let paxSize = merged["size"] {
          guard let value = Int64(paxSize), value >= 0 else {
            throw ArchiveError.malformedHeader(reason: "pax size '\(paxSize)' is not a byte count")
          }
          size = value
          remaining = value
          padding = (Self.blockSize - value % Self.blockSize) % Self.blockSize
        }
        let path = merged["path"] ?? longName ?? header.name
        let link = merged["linkpath"] ?? longLink ?? header.linkName
        return TarEntry(path: Self.normalize(path), size: size, kind: header.kind, linkTarget: link)
      }
    }
  }

  /// Reads up to `count` bytes of the current member's data.
  mutating func readData(upTo count: Int) throws -> [UInt8] {
    let wanted = Int(min(Int64(count), remaining))
    let bytes = try source.read(upTo: wanted)
    guard bytes.count == wanted else {
      throw ArchiveError.truncated(reason: "a member's data is cut short")
    }
    remaining -= Int64(bytes.count)
    return bytes
  }

  private mutating func readMetadata(_ size: Int64) throws -> [UInt8] {
    guard size <= Self.maxMetadataBytes else {
      throw ArchiveError.malformedHeader(reason: "a \(size)-byte extended header is too large")
    }
    return try readData(upTo: Int(size))
  }

  private mutating func skipRest() throws {
    if remaining + padding > 0 {
      try source.skip(remaining + padding)
    }
    remaining = 0
    padding = 0
  }

  private static func normalize(_ path: String) -> String {
    var result = Substring(path)
    while result.hasPrefix("./") {
      result = result.dropFirst(2)
    }
    return String(result)
  }
}
