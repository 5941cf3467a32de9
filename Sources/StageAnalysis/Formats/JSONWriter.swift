import Foundation

/// Writes JSON text as it goes: keys in the order they are written, two-space indentation.
///
/// Every JSON output of stagetui goes through this writer, so they share one layout and one
/// string escaping: `"` and `\` get a backslash, `\n`, `\r` and `\t` their short escapes,
/// other C0 controls (and DEL with `.controlsAndDelete`) a lower-case `\u00XX`; everything
/// else, non-ASCII included, is written as it is.
///
/// The text accumulates as UTF-8 bytes: every byte the writer escapes is ASCII, so a string is
/// copied in runs between the bytes that need an escape, never scalar by scalar.
public struct JSONWriter: Sendable {
  /// Which characters beyond `"` and `\` string literals escape.
  public enum Escaping: Sendable {
    /// The C0 controls, U+0000 to U+001F.
    case controls
    /// The C0 controls and DEL (U+007F).
    case controlsAndDelete
  }

  /// The text written so far, as UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// How string literals are escaped.
  public let escaping: Escaping
  private var depth: Int
  private var memberCounts: [Int] = []

  /// Makes an empty writer.
  ///
  /// - Parameter indentation: the nesting level the first value sits at, for a value that will
  ///   be placed inside an enclosing array or object written elsewhere (its own first line is
  ///   not indented; every later line is, as if the enclosing levels had been written here).
  public init(escaping: Escaping = .controls, indentation: Int = 0) {
    self.escaping = escaping
    depth = max(indentation, 0)
  }

  /// The text written so far.
  public var output: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func newline() {
    bytes.append(10)
    for _ in 0..<depth { bytes.append(contentsOf: [32, 32] as [UInt8]) }
  }

  /// Writes an array with one element per item; `[]` when there are none.
  public mutating func array<S: Collection>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
    guard !items.isEmpty else {
      append("[]")
      return
    }
    append("[")
    depth += 1
    var first = true
    for item in items {
      if !first { append(",") }
      first = false
      newline()
      element(&self, item)
    }
    depth -= 1
    newline()
    append("]")
  }

  /// Writes an object; the body writes its members with `key(_:_:)`. `{}` when it writes none.
  public mutating func object(_ members: (inout JSONWriter) -> Void) {
    append("{")
    depth += 1
    memberCounts.append(0)
    members(&self)
    let count = memberCounts.removeLast()
    depth -= 1
    if count > 0 { newline() }
    append("}")
  }

  /// Writes one member of the current object.
  public mutating func key(_ name: String, _ value: (inout JSONWriter) -> Void) {
    if let last = memberCounts.indices.last {
      if memberCounts[last] > 0 { append(",") }
      memberCounts[last] += 1
    }
    newline()
    appendQuoted(name)
    append(": ")
    value(&self)
  }

  /// Writes a string literal.
  public mutating func string(_ value: String) {
    appendQuoted(value)
  }

  /// Writes an integer.
  public mutating func number(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes a 64-bit integer.
  public mutating func number(_ value: Int64) {
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes a number with exactly `fractionDigits` digits after the point (`12.50`); null when
  /// it is not finite.
  public mutating func number(_ value: Double, fractionDigits: Int) {
    guard value.isFinite else { return append("null") }
    bytes.append(contentsOf: String(format: "%.\(max(fractionDigits, 0))f", value).utf8)
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    value ? append("true") : append("false")
  }

  /// Writes `null`.
  public mutating func null() {
    append("null")
  }

  private mutating func appendQuoted(_ text: String) {
    var text = text
    text.withUTF8 { Self.appendQuoted($0, escaping: escaping, to: &bytes) }
  }

  /// A JSON string literal.
  public static func quoted(_ text: String, escaping: Escaping = .controls) -> String {
    var text = text
    var bytes: [UInt8] = []
    text.withUTF8 { appendQuoted($0, escaping: escaping, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `utf8` as a string literal: unescaped runs are copied whole.
  private static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, escaping: Escaping, to bytes: inout [UInt8]) {
    let escapesDelete = escaping == .controlsAndDelete
    bytes.reserveCapacity(bytes.count + utf8.count + 2)
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    for (offset, byte) in utf8.enumerated() {
      let escape: StaticString
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case 0..<0x20: escape = ""
      case 0x7F where escapesDelete: escape = ""
      default: continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
      runStart = offset + 1
      if escape.utf8CodeUnitCount > 0 {
        escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
      } else {
        let hexDigits: StaticString = "0123456789abcdef"
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        hexDigits.withUTF8Buffer { digits in
          bytes.append(digits[Int(byte >> 4)])
          bytes.append(digits[Int(byte & 0x0F)])
        }
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    bytes.append(UInt8(ascii: "\""))
  }
}
