import Foundation
import Testing

@testable import StageAnalysis

@Suite struct JSONWriterTests {
  @Test func escapesQuotesBackslashesAndControlsOnly() {
    let text = "a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}i é 🐳"
    #expect(JSONWriter.quoted(text) == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\u{7F}i é 🐳\"")
    #expect(
      JSONWriter.quoted(text, escaping: .controlsAndDelete)
        == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\\u007fi é 🐳\"")
    #expect(JSONWriter.quoted("plain text, no escapes") == "\"plain text, no escapes\"")
    #expect(JSONWriter.quoted("") == "\"\"")
  }

  @Test func laysOutNestedValuesWithTwoSpaces() {
    var writer = JSONWriter()
    writer.object { writer in
      writer.key("name") { $0.string("x") }
      writer.key("list") { $0.array([1, 2]) { $0.number($1) } }
      writer.key("empty_list") { $0.array([Int]()) { $0.number($1) } }
      writer.key("empty_object") { $0.object { _ in } }
      writer.key("flags") { $0.array([true, false]) { $0.bool($1) } }
      writer.key("nothing") { $0.null() }
    }
    let expected = """
      {
        "name": "x",
        "list": [
          1,
          2
        ],
        "empty_list": [],
        "empty_object": {},
        "flags": [
          true,
          false
        ],
        "nothing": null
      }
      """
    #expect(writer.output == expected)
  }

  @Test func writesWideIntegersAndFixedFractions() {
    var writer = JSONWriter()
    writer.array([0, 1, 2, 3]) { writer, item in
      switch item {
      case 0: writer.number(Int64.max)
      case 1: writer.number(-12.3456, fractionDigits: 2)
      case 2: writer.number(Double.nan, fractionDigits: 2)
      default: writer.number(7.0, fractionDigits: 0)
      }
    }
    #expect(writer.output == "[\n  9223372036854775807,\n  -12.35,\n  null,\n  7\n]")
  }

  @Test func valuesPrintAsTheWriterWritesThem() {
    let value = JSONText.object([
      ("s", .string("t\u{7F}")), ("i", .integer(Int64(-3))), ("d", .decimal(1.5, fractionDigits: 2)),
      ("a", .array([.null, .bool(true), .optional(nil as Int?)])), ("o", .object([])),
    ])
    let expected = "{\n  \"s\": \"t\\u007f\",\n  \"i\": -3,\n  \"d\": 1.50,\n  \"a\": [\n    null,\n    true,\n    null\n  ],\n  \"o\": {}\n}"
    #expect(value.printed() == expected)
    #expect(value.printed(escaping: .controls) == expected.replacingOccurrences(of: "\\u007f", with: "\u{7F}"))
  }
}
