import Foundation

/// Plain byte-for-byte substring search, for file contents and ASCII needles where Foundation's
/// string search (which converts to UTF-16 and compares by character) would be wasted work.
enum ByteSearch {
  /// Whether `needle`'s UTF-8 bytes occur in `haystack`.
  static func contains(_ needle: String, in haystack: [UInt8]) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    return haystack.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count >= pattern.count else { return false }
      let lastStart = buffer.count - pattern.count
      var index = 0
      while index <= lastStart {
        guard let found = memchr(base + index, Int32(first), lastStart - index + 1) else { return false }
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + offset, pattern, pattern.count) == 0 { return true }
        index = offset + 1
      }
      return false
    }
  }

  /// Whether `needle`'s UTF-8 bytes occur in `text`'s.
  static func contains(_ needle: String, in text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let pattern = Array(needle.utf8)
      guard !pattern.isEmpty else { return true }
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count)
      where bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
        return true
      }
      return false
    }
  }
}
