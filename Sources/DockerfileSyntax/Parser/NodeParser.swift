/// BuildKit's `newNodeFromLine`: splits a logical line into keyword, flags
/// and arguments, then parses the arguments the way the keyword asks for.
struct NodeParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let escapeToken: UInt8

  /// Parses the logical bytes in `range` (the whole line, or ONBUILD's
  /// trigger) into the fresh `node`, which is filled where it is stored.
  func parseNode(_ range: Range<Int>, into node: inout ParsedNode) throws(NodeFailure) {
    let start = GoText.skipSpaces(bytes, from: range.lowerBound, to: range.upperBound)
    let end = GoText.trimTrailingSpaces(bytes, from: start, to: range.upperBound)
    var keywordEnd = start
    while keywordEnd < end, !GoText.isSplitBlank(bytes[keywordEnd]) {
      keywordEnd += 1
    }
    node.readKeyword(start..<keywordEnd, bytes: bytes, line: range)
    var rest = end..<end
    if keywordEnd < end {
      var argumentsStart = keywordEnd
      while argumentsStart < end, GoText.isSplitBlank(bytes[argumentsStart]) {
        argumentsStart += 1
      }
      let flagsEnd = extractBuilderFlags(argumentsStart..<end, into: &node.flags)
      let restStart = GoText.skipSpaces(bytes, from: flagsEnd, to: end)
      rest = restStart..<GoText.trimTrailingSpaces(bytes, from: restStart, to: end)
    }
    if !rest.isEmpty {
      node.arguments = rest
    }
    try dispatch(&node, rest)
  }

  private func dispatch(_ node: inout ParsedNode, _ rest: Range<Int>) throws(NodeFailure) {
    guard let keyword = node.known else {
      node.values = [ParsedNode.Value(value: "", range: nil)]
      return
    }
    switch keyword {
    case .add, .copy, .volume:
      try parseMaybeJSONToList(&node, rest)
    case .arg:
      node.values = parseWords(rest)
    case .cmd, .entrypoint, .run, .shell:
      try parseMaybeJSON(&node, rest)
    case .env:
      try parseNameValue(&node, rest, key: "ENV")
    case .label:
      try parseNameValue(&node, rest, key: "LABEL")
    case .expose, .from:
      node.values = whitespaceDelimited(rest)
    case .healthcheck:
      try parseHealthcheck(&node, rest)
    case .maintainer, .stopsignal, .user, .workdir:
      if !rest.isEmpty {
        node.values = [value(rest)]
      }
    case .onbuild:
      if !rest.isEmpty {
        var trigger = ParsedNode()
        try parseNode(rest, into: &trigger)
        node.children = [trigger]
      }
    }
  }

  /// The value spelled by the logical bytes in `range`.
  func value(_ range: Range<Int>) -> ParsedNode.Value {
    ParsedNode.Value(value: GoText.string(bytes, range), range: range)
  }

  /// `parseStringsWhitespaceDelimited`: split at runs of `[\t\v\f\r ]`.
  func whitespaceDelimited(_ rest: Range<Int>) -> [ParsedNode.Value] {
    guard !rest.isEmpty else { return [] }
    var values: [ParsedNode.Value] = []
    values.reserveCapacity(4)
    var wordStart = rest.lowerBound
    var index = rest.lowerBound
    while index < rest.upperBound {
      if GoText.isSplitBlank(bytes[index]) {
        values.append(value(wordStart..<index))
        while index < rest.upperBound, GoText.isSplitBlank(bytes[index]) {
          index += 1
        }
        wordStart = index
      } else {
        index += 1
      }
    }
    values.append(value(wordStart..<rest.upperBound))
    return values
  }

  /// `parseJSON`: a JSON array of strings, or nil when the text is not a
  /// JSON array (BuildKit then falls back to the shell form).
  private func parseJSON(_ rest: Range<Int>) throws(NodeFailure) -> [ParsedNode.Value]? {
    let start = GoText.skipSpaces(bytes, from: rest.lowerBound, to: rest.upperBound)
    guard start < rest.upperBound, bytes[start] == UInt8(ascii: "[") else { return nil }
    var parser = JSONArrayParser(bytes: bytes, range: start..<rest.upperBound)
    switch parser.parse() {
    case .invalid:
      return nil
    case .notStrings:
      throw NodeFailure(message: Diagnostic.Message.notStringArray, range: rest, code: "json-not-string-array")
    case .strings(let strings):
      return strings
    }
  }

  private func parseMaybeJSON(_ node: inout ParsedNode, _ rest: Range<Int>) throws(NodeFailure) {
    guard !rest.isEmpty else { return }
    if let values = try parseJSON(rest) {
      node.values = values
      node.isJSON = true
    } else {
      node.values = [value(rest)]
    }
  }

  private func parseMaybeJSONToList(_ node: inout ParsedNode, _ rest: Range<Int>) throws(NodeFailure) {
    if let values = try parseJSON(rest) {
      node.values = values
      node.isJSON = true
    } else {
      node.values = whitespaceDelimited(rest)
    }
  }

  /// `parseHealthConfig`: a type word, then the command like `CMD`.
  private func parseHealthcheck(_ node: inout ParsedNode, _ rest: Range<Int>) throws(NodeFailure) {
    var separator = rest.lowerBound
    while separator < rest.upperBound, !GoText.isByteSpace(bytes[separator]) {
      separator += 1
    }
    var next = separator
    while next < rest.upperBound, GoText.isByteSpace(bytes[next]) {
      next += 1
    }
    guard separator > rest.lowerBound else { return }
    var command = node
    command.values = []
    try parseMaybeJSON(&command, next..<rest.upperBound)
    node.values = [value(rest.lowerBound..<separator)] + command.values
    node.isJSON = command.isJSON
  }
}
