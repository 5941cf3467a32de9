/// BuildKit's node for one instruction, with positions in the logical line.
///
/// Values and flags are already the tree's types, ranged in the logical
/// line; `InstructionBuilder` maps their ranges to the source in place.
struct ParsedNode {
  /// A value with the logical bytes it was read from, when known.
  typealias Value = InstructionArgument
  /// A builder flag with the logical bytes it was written in.
  typealias Flag = InstructionFlag

  var keyword: Range<Int>
  var keywordText: String
  /// The lowercased keyword, the key BuildKit dispatches on.
  var command: String
  /// The keyword when it is one BuildKit knows.
  var known: Keyword?
  var flags: [Flag] = []
  var values: [Value] = []
  var arguments: Range<Int>?
  var isJSON = false
  var line: Range<Int>
  var children: [ParsedNode] = []

  /// A node with nothing read yet, to be parsed into.
  init() {
    keyword = 0..<0
    keywordText = ""
    command = ""
    line = 0..<0
  }

  /// Records the keyword in `keyword` and the node's `line`, in place (the
  /// node is fresh: no flags, values or children yet).
  mutating func readKeyword(_ keyword: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) {
    self.keyword = keyword
    self.line = line
    if let (recognised, written) = Keyword.read(bytes, keyword) {
      known = recognised
      keywordText = written ?? GoText.string(bytes, keyword)
      command = recognised.command
      return
    }
    keywordText = GoText.string(bytes, keyword)
    var hasUppercase = false
    var isASCII = true
    for byte in bytes[keyword] where byte >= 0x41 && byte <= 0x5A || byte >= 0x80 {
      hasUppercase = true
      isASCII = isASCII && byte < 0x80
    }
    command = hasUppercase ? keywordText.lowercased() : keywordText
    // Lowercasing maps a few non-ASCII letters to ASCII ones (the Kelvin sign to `k`).
    known = isASCII ? nil : Keyword(command: command)
  }
}

/// An error that makes BuildKit reject the file, located in the logical line.
struct NodeFailure: Error {
  var message: String
  var range: Range<Int>
  var code: String
}
