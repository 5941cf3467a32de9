/// A JSON value with object keys in the order they were written, printed with two-space indentation.
indirect enum JSONText {
  case string(String)
  case integer(Int)
  case bool(Bool)
  case null
  case array([JSONText])
  case object([(String, JSONText)])

  /// `value` as a string, or null.
  static func optional(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }

  /// `value` as an integer, or null.
  static func optional(_ value: Int?) -> JSONText { value.map(JSONText.integer) ?? .null }

  /// The printed text, without a trailing newline.
  func printed() -> String {
    var output = ""
    write(into: &output, depth: 0)
    return output
  }

  private func write(into output: inout String, depth: Int) {
    switch self {
    case .string(let text): output += Self.quoted(text)
    case .integer(let number): output += String(number)
    case .bool(let flag): output += flag ? "true" : "false"
    case .null: output += "null"
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      output += "["
      for (offset, item) in items.enumerated() {
        output += (offset == 0 ? "\n" : ",\n") + String(repeating: "  ", count: depth + 1)
        item.write(into: &output, depth: depth + 1)
      }
      output += "\n" + String(repeating: "  ", count: depth) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (offset, member) in members.enumerated() {
        output += (offset == 0 ? "\n" : ",\n") + String(repeating: "  ", count: depth + 1)
        output += Self.quoted(member.0) + ": "
        member.1.write(into: &output, depth: depth + 1)
      }
      output += "\n" + String(repeating: "  ", count: depth) + "}"
    }
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
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
