import DockerfileSyntax

/// Writes JSON text with keys in a fixed order, indented by two spaces.
struct JSONWriter {
  private(set) var output = ""
  private var depth = 0
  private var memberCounts: [Int] = []

  private mutating func newline() {
    output += "\n" + String(repeating: "  ", count: depth)
  }

  /// Writes an array with one element per item.
  mutating func array<S: Collection>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
    guard !items.isEmpty else {
      output += "[]"
      return
    }
    output += "["
    depth += 1
    for (index, item) in items.enumerated() {
      if index > 0 { output += "," }
      newline()
      element(&self, item)
    }
    depth -= 1
    newline()
    output += "]"
  }

  /// Writes an object; the body writes its members with `key(_:_:)`.
  mutating func object(_ members: (inout JSONWriter) -> Void) {
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
  mutating func key(_ name: String, _ value: (inout JSONWriter) -> Void) {
    if let last = memberCounts.indices.last {
      if memberCounts[last] > 0 { output += "," }
      memberCounts[last] += 1
    }
    newline()
    output += Self.quoted(name) + ": "
    value(&self)
  }

  mutating func string(_ value: String) {
    output += Self.quoted(value)
  }

  mutating func number(_ value: Int) {
    output += String(value)
  }

  mutating func bool(_ value: Bool) {
    output += value ? "true" : "false"
  }

  mutating func null() {
    output += "null"
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      return "\"" + text + "\""
    }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
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

extension JSONWriter {
  /// Writes instructions in the shape of BuildKit's node list.
  mutating func instructions(_ instructions: [Instruction]) {
    array(instructions) { writer, instruction in
      writer.instruction(instruction)
    }
  }

  mutating func instruction(_ instruction: Instruction) {
    object { writer in
      writer.key("cmd") { $0.string(instruction.keyword) }
      writer.key("sub_cmd") { writer in
        if let trigger = instruction.onbuildTrigger {
          writer.instruction(trigger)
        } else {
          writer.null()
        }
      }
      writer.key("json") { $0.bool(instruction.isJSONForm) }
      writer.key("original") { $0.string(instruction.original) }
      writer.key("start_line") { $0.number(instruction.startLine) }
      writer.key("end_line") { $0.number(instruction.endLine) }
      writer.key("flags") { $0.array(instruction.flags) { $0.string($1.text) } }
      writer.key("value") { $0.array(instruction.arguments) { $0.string($1.value) } }
      writer.key("heredocs") { writer in
        writer.array(instruction.heredocs) { writer, heredoc in
          writer.object { writer in
            writer.key("name") { $0.string(heredoc.name) }
            writer.key("file_descriptor") { $0.number(heredoc.fileDescriptor ?? 0) }
            writer.key("expand") { $0.bool(heredoc.expand) }
            writer.key("chomp") { $0.bool(heredoc.chomp) }
            writer.key("content") { $0.string(heredoc.content) }
          }
        }
      }
      writer.key("prev_comment") { $0.array(instruction.precedingComments) { $0.string($1) } }
    }
  }

  /// Writes diagnostics with their 1-based positions.
  mutating func diagnostics(_ diagnostics: [Diagnostic], in source: SourceText) {
    array(diagnostics) { writer, diagnostic in
      let position = source.position(of: diagnostic.range.lowerBound)
      writer.object { writer in
        writer.key("severity") { $0.string(diagnostic.severity.rawValue) }
        writer.key("message") { $0.string(diagnostic.message) }
        writer.key("line") { $0.number(position.line) }
        writer.key("column") { $0.number(position.column) }
        writer.key("code") { writer in
          if let code = diagnostic.code { writer.string(code) } else { writer.null() }
        }
      }
    }
  }
}
