#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The exact bytes of a Dockerfile together with an index of its lines.
///
/// Lines end at `\n` only, as BuildKit's scanner splits them; a `\r` before
/// the `\n` belongs to the line's ending, a lone `\r` is an ordinary byte.
public struct SourceText: Sendable {
  /// The input, byte for byte.
  public let bytes: [UInt8]
  /// The byte offset where each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Wraps the given bytes.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    // Dockerfile lines average about 40 bytes; room for lines half that long.
    starts.reserveCapacity(bytes.count / 20 + 2)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var index = 0
      while index < buffer.count {
        guard let found = memchr(base + index, 0x0A, buffer.count - index) else { break }
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        starts.append(offset + 1)
        index = offset + 1
      }
    }
    self.lineStarts = starts
  }

  /// Wraps the UTF-8 encoding of the given string.
  public init(_ string: String) {
    self.init(Array(string.utf8))
  }

  /// The number of lines; a final line ending opens an empty last line.
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line that holds the byte at `offset` (offsets past the end
  /// clamp to the last line).
  public func line(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return low + 1
  }

  /// The line and column of the byte at `offset`.
  public func position(of offset: Int) -> SourcePosition {
    let clamped = min(max(offset, 0), bytes.count)
    let line = line(of: clamped)
    var column = 1
    var index = lineStarts[line - 1]
    while index < clamped {
      if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourcePosition(line: line, column: column)
  }

  /// The byte range of a 1-based line without its line ending (`\n`, `\r\n`).
  public func lineRange(_ line: Int) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r"), line < lineStarts.count {
      end -= 1
    }
    return start..<end
  }

  /// The text of a 1-based line without its line ending, decoded for display.
  public func lineText(_ line: Int) -> String {
    text(lineRange(line))
  }

  /// The bytes in `range`, decoded as UTF-8 with invalid sequences replaced.
  public func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }
}
