import Foundation

/// Writes JSON text as it goes: keys in the order they are written, two-space indentation.
///
/// Every JSON output of stagetui goes through this writer, so they share one layout and one
/// string escaping: `"` and `\` get a backslash, `\n`, `\r` and `\t` their short escapes,
/// other C0 controls (and DEL with `.controlsAndDelete`) a lower-case `\u00XX`; everything
/// else, non-ASCII included, is written as it is.
public struct JSONWriter: Sendable {
  /// Which characters beyond `"` and `\` string literals escape.
  public enum Escaping: Sendable {
    /// The C0 controls, U+0000 to U+001F.
    case controls
    /// The C0 controls and DEL (U+007F).
    case controlsAndDelete
  }

  /// The text written so far.
  public private(set) var output = ""
  /// How string literals are escaped.
  public let escaping: Escaping
  private var depth = 0
  private var memberCounts: [Int] = []

  /// Makes an empty writer.
  public init(escaping: Escaping = .controls) {
    self.escaping = escaping
  }

  private mutating func newline() {
    output += "\n" + String(repeating: "  ", count: depth)
  }

  /// Writes an array with one element per item; `[]` when there are none.
  public mutating func array<S: Collection>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
    guard !items.isEmpty else {
      output += "[]"
      return
    }
    output += "["
    depth += 1
    var first = true
    for item in items {
      if !first { output += "," }
      first = false
      newline()
      element(&self, item)
    }
    depth -= 1
    newline()
    output += "]"
  }

  /// Writes an object; the body writes its members with `key(_:_:)`. `{}` when it writes none.
  public mutating func object(_ members: (inout JSONWriter) -> Void) {
    output += "{"
    depth += 1
    memberCounts.append(0)
    members(&self)
    let count = memberCounts.removeLast()
    depth -= 1
    if count > 0 { newline() }
    output += "}"
  }

  /// Writes one member of the current object.
  public mutating func key(_ name: String, _ value: (inout JSONWriter) -> Void) {
    if let last = memberCounts.indices.last {
      if memberCounts[last] > 0 { output += "," }
      memberCounts[last] += 1
    }
    newline()
    output += Self.quoted(name, escaping: escaping) + ": "
    value(&self)
  }

  /// Writes a string literal.
  public mutating func string(_ value: String) {
    output += Self.quoted(value, escaping: escaping)
  }

  /// Writes an integer.
  public mutating func number(_ value: Int) {
    output += String(value)
  }

  /// Writes a 64-bit integer.
  public mutating func number(_ value: Int64) {
    output += String(value)
  }

  /// Writes a number with exactly `fractionDigits` digits after the point (`12.50`); null when
  /// it is not finite.
  public mutating func number(_ value: Double, fractionDigits: Int) {
    output += value.isFinite ? String(format: "%.\(max(fractionDigits, 0))f", value) : "null"
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    output += value ? "true" : "false"
  }

  /// Writes `null`.
  public mutating func null() {
    output += "null"
  }

  /// A JSON string literal.
  public static func quoted(_ text: String, escaping: Escaping = .controls) -> String {
    let escapesDelete = escaping == .controlsAndDelete
    let needsEscape = text.utf8.contains { byte in
      byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (escapesDelete && byte == 0x7F)
    }
    guard needsEscape else { return "\"" + text + "\"" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || (escapesDelete && scalar.value == 0x7F) {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
