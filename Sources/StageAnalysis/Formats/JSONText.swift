/// A JSON value with object keys in the order they were written, printed by `JSONWriter`.
indirect enum JSONText {
  case string(String)
  case integer(Int64)
  /// A number printed with exactly `fractionDigits` digits after the point; null when not finite.
  case decimal(Double, fractionDigits: Int)
  case bool(Bool)
  case null
  case array([JSONText])
  case object([(String, JSONText)])

  /// `value` as an integer.
  static func integer(_ value: Int) -> JSONText { .integer(Int64(value)) }

  /// `value` as a string, or null.
  static func optional(_ value: String?) -> JSONText { value.map(JSONText.string) ?? .null }

  /// `value` as an integer, or null.
  static func optional(_ value: Int?) -> JSONText { value.map(JSONText.integer) ?? .null }

  /// `value` as an integer, or null.
  static func optional(_ value: Int64?) -> JSONText { value.map(JSONText.integer) ?? .null }

  /// The printed text, without a trailing newline.
  func printed(escaping: JSONWriter.Escaping = .controlsAndDelete) -> String {
    var writer = JSONWriter(escaping: escaping)
    write(to: &writer)
    return writer.output
  }

  private func write(to writer: inout JSONWriter) {
    switch self {
    case .string(let text): writer.string(text)
    case .integer(let number): writer.number(number)
    case .decimal(let number, let digits): writer.number(number, fractionDigits: digits)
    case .bool(let flag): writer.bool(flag)
    case .null: writer.null()
    case .array(let items): writer.array(items) { writer, item in item.write(to: &writer) }
    case .object(let members):
      writer.object { writer in
        for (name, value) in members {
          writer.key(name) { writer in value.write(to: &writer) }
        }
      }
    }
  }
}
