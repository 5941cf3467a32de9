import Foundation

/// A forward-only stream of bytes that can skip ahead without reading.
protocol ByteSource {
  /// Reads up to `count` bytes; fewer only at the end of the stream.
  mutating func read(upTo count: Int) throws -> [UInt8]
  /// Skips `count` bytes; throws when the stream ends first.
  mutating func skip(_ count: Int64) throws
}

/// Reads a file sequentially through a bounded buffer, seeking over skipped spans.
final class FileByteSource: ByteSource {
  private let handle: FileHandle
  private let chunkSize = 1 << 16

  /// Opens `path` for reading.
  init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ArchiveError.unreadable(path: path, reason: "cannot open for reading")
    }
    self.handle = handle
  }

  deinit {
    try? handle.close()
  }

  func read(upTo count: Int) throws -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(min(count, chunkSize))
    while out.count < count {
      guard let data = try handle.read(upToCount: min(chunkSize, count - out.count)), !data.isEmpty else {
        break
      }
      out.append(contentsOf: data)
    }
    return out
  }

  func skip(_ count: Int64) throws {
    let offset = try handle.offset()
    let end = try handle.seekToEnd()
    guard offset + UInt64(count) <= end else {
      throw ArchiveError.truncated(reason: "the archive ends inside an entry")
    }
    try handle.seek(toOffset: offset + UInt64(count))
  }
}

/// Serves bytes from memory; used for small nested archives and tests.
struct MemoryByteSource: ByteSource {
  private let bytes: [UInt8]
  private var position = 0

  /// Wraps `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  mutating func read(upTo count: Int) throws -> [UInt8] {
    let end = min(bytes.count, position + count)
    defer { position = end }
    return Array(bytes[position..<end])
  }

  mutating func skip(_ count: Int64) throws {
    guard Int64(position) + count <= Int64(bytes.count) else {
      throw ArchiveError.truncated(reason: "the archive ends inside an entry")
    }
    position += Int(count)
  }
}
