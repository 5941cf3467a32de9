import Foundation

/// The UTF-8 bytes of one grapheme stored inline in 16 bytes, so a `Cell` is a plain value
/// that copies and compares without reference counting.
///
/// Graphemes up to 16 UTF-8 bytes (all of ASCII, CJK, most emoji) are stored in place, zero
/// padded. Longer ones (some emoji ZWJ sequences) are interned in a process-wide table and
/// stored as an index under a marker that no UTF-8 text can produce (0xFF bytes).
struct GraphemeStorage: Hashable, Sendable {
  private(set) var low: UInt64
  private(set) var high: UInt64

  private static let internedMarker: UInt64 = .max

  /// The empty grapheme (continuation cells).
  static let empty = GraphemeStorage(low: 0, high: 0)
  /// A space.
  static let space = GraphemeStorage(low: 0x20, high: 0)

  private init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// Storage for one ASCII byte.
  init(ascii: UInt8) {
    self.init(low: UInt64(ascii), high: 0)
  }

  /// Storage for the given text.
  init<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
    if bytes.count > 16 {
      let index = GraphemeTable.shared.index(of: String(decoding: Array(bytes), as: UTF8.self))
      self.init(low: UInt64(index), high: GraphemeStorage.internedMarker)
      return
    }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in bytes.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (8 * offset)
      } else {
        high |= UInt64(byte) << (8 * (offset - 8))
      }
    }
    self.init(low: low, high: high)
  }

  /// Storage for a string.
  init(_ text: String) {
    if let ascii = text.utf8.first, text.utf8.count == 1 {
      self.init(ascii: ascii)
    } else {
      self.init(utf8: text.utf8)
    }
  }

  /// The text stored.
  var string: String {
    if high == GraphemeStorage.internedMarker { return GraphemeTable.shared.string(at: Int(low)) }
    if high == 0 && low < 0x80 { return low == 0 ? "" : String(UnicodeScalar(UInt8(low))) }
    return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
      let length = raw.firstIndex(of: 0) ?? 16
      return String(decoding: raw[..<length], as: UTF8.self)
    }
  }
}

/// Interned graphemes too long to store inline; shared by all buffers, guarded by a lock.
final class GraphemeTable: @unchecked Sendable {
  static let shared = GraphemeTable()
  private let lock = NSLock()
  private var strings: [String] = []
  private var indices: [String: Int] = [:]

  func index(of text: String) -> Int {
    lock.lock()
    defer { lock.unlock() }
    if let existing = indices[text] { return existing }
    strings.append(text)
    indices[text] = strings.count - 1
    return strings.count - 1
  }

  func string(at index: Int) -> String {
    lock.lock()
    defer { lock.unlock() }
    return index < strings.count ? strings[index] : ""
  }
}
