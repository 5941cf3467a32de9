/// Turns a parsed node, positioned in its logical line, into an
/// `Instruction` positioned in the source.
struct InstructionBuilder {
  let logical: LogicalLine

  func instruction(_ node: ParsedNode, startLine: Int, endLine: Int) -> Instruction {
    let original = logical.bytes.withUnsafeBufferPointer { GoText.string($0, node.line) }
    let lineSpan = logical.sourceSpan(node.line)
    return Instruction(
      keyword: node.keywordText,
      command: node.command,
      keywordRange: logical.sourceSpan(node.keyword),
      range: lineSpan,
      startLine: startLine,
      endLine: endLine,
      flags: node.flags.map { InstructionFlag(text: $0.text, range: logical.sourceSpan($0.range)) },
      arguments: node.values.map { value in
        InstructionArgument(value: value.text, range: value.range.flatMap(logical.contiguousSourceRange))
      },
      argumentsRange: node.arguments.map(logical.sourceSpan),
      isJSONForm: node.isJSON,
      original: original,
      onbuildTrigger: node.children.first.map { instruction($0, startLine: 0, endLine: 0) }
    )
  }

  /// The keyword and flag spans of a node and its trigger, in source order.
  func tokens(_ node: ParsedNode) -> [SyntaxPiece] {
    var tokens = [SyntaxPiece(kind: .keyword, range: logical.sourceSpan(node.keyword))]
    tokens += node.flags.map { SyntaxPiece(kind: .flag, range: logical.sourceSpan($0.range)) }
    for child in node.children {
      tokens += self.tokens(child)
    }
    return tokens.filter { !$0.range.isEmpty }.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Splits the argument pieces of an instruction where keywords and flags lie.
  func refine(_ pieces: [SyntaxPiece], tokens: [SyntaxPiece]) -> [SyntaxPiece] {
    var output: [SyntaxPiece] = []
    output.reserveCapacity(pieces.count + tokens.count * 2)
    var tokenIndex = 0
    for piece in pieces {
      guard piece.kind == .arguments else {
        output.append(piece)
        continue
      }
      var cursor = piece.range.lowerBound
      while tokenIndex < tokens.count, tokens[tokenIndex].range.upperBound <= cursor {
        tokenIndex += 1
      }
      var index = tokenIndex
      while index < tokens.count, tokens[index].range.lowerBound < piece.range.upperBound {
        let token = tokens[index]
        let lower = max(token.range.lowerBound, cursor)
        let upper = min(token.range.upperBound, piece.range.upperBound)
        if lower > cursor {
          output.append(SyntaxPiece(kind: .arguments, range: cursor..<lower))
        }
        if upper > lower {
          output.append(SyntaxPiece(kind: token.kind, range: lower..<upper))
          cursor = upper
        }
        if token.range.upperBound > piece.range.upperBound { break }
        index += 1
      }
      if cursor < piece.range.upperBound {
        output.append(SyntaxPiece(kind: .arguments, range: cursor..<piece.range.upperBound))
      }
    }
    return output
  }
}
