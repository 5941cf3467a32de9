import Foundation

/// A JSON value for swap reports: keys in written order, numbers with fractions, two-space indentation.
indirect enum SwapJSON {
  case string(String)
  case integer(Int64)
  case number(Double)
  case null
  case array([SwapJSON])
  case object([(String, SwapJSON)])

  static func optional(_ value: Int64?) -> SwapJSON { value.map(SwapJSON.integer) ?? .null }
  static func optional(_ value: String?) -> SwapJSON { value.map(SwapJSON.string) ?? .null }

  /// The printed text with a final newline.
  func printed() -> String {
    var output = ""
    write(into: &output, depth: 0)
    return output + "\n"
  }

  private func write(into output: inout String, depth: Int) {
    let indent = String(repeating: "  ", count: depth + 1)
    switch self {
    case .string(let text): output += Self.quoted(text)
    case .integer(let value): output += String(value)
    case .number(let value): output += value.isFinite ? String(format: "%.2f", value) : "null"
    case .null: output += "null"
    case .array(let items):
      guard !items.isEmpty else { return output += "[]" }
      output += "["
      for (offset, item) in items.enumerated() {
        output += (offset == 0 ? "\n" : ",\n") + indent
        item.write(into: &output, depth: depth + 1)
      }
      output += "\n" + String(repeating: "  ", count: depth) + "]"
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{"
      for (offset, member) in members.enumerated() {
        output += (offset == 0 ? "\n" : ",\n") + indent + Self.quoted(member.0) + ": "
        member.1.write(into: &output, depth: depth + 1)
      }
      output += "\n" + String(repeating: "  ", count: depth) + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let control where control.value < 0x20:
        result += String(format: "\\u%04x", control.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
