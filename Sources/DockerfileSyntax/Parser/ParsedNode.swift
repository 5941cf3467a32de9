/// BuildKit's node for one instruction, with positions in the logical line.
struct ParsedNode {
  /// A value with the logical bytes it was read from, when known.
  struct Value {
    var text: String
    var range: Range<Int>?
  }

  /// A builder flag with the logical bytes it was written in.
  struct Flag {
    var text: String
    var range: Range<Int>
  }

  var keyword: Range<Int>
  var keywordText: String
  /// The lowercased keyword, the key BuildKit dispatches on.
  var command: String
  var flags: [Flag] = []
  var values: [Value] = []
  var arguments: Range<Int>?
  var isJSON = false
  var line: Range<Int>
  var children: [ParsedNode] = []

  init(keyword: Range<Int>, keywordText: String, line: Range<Int>) {
    self.keyword = keyword
    self.keywordText = keywordText
    var hasUppercase = false
    for byte in keywordText.utf8 where byte >= 0x41 && byte <= 0x5A || byte >= 0x80 {
      hasUppercase = true
      break
    }
    self.command = hasUppercase ? keywordText.lowercased() : keywordText
    self.line = line
  }
}

/// An error that makes BuildKit reject the file, located in the logical line.
struct NodeFailure: Error {
  var message: String
  var range: Range<Int>
  var code: String
}
