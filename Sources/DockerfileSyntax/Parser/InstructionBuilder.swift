/// Turns a parsed node, positioned in its logical line, into an
/// `Instruction` positioned in the source.
struct InstructionBuilder {
  let logical: LogicalLine
  /// The logical line's bytes.
  let bytes: UnsafeBufferPointer<UInt8>

  /// The instruction for `node`, its values and flags moved over with their
  /// ranges mapped to the source.
  ///
  /// The flags and the `ONBUILD` trigger go to `extras`, which the caller
  /// completes and stores once.
  func instruction(
    from node: inout ParsedNode, extras: inout Instruction.Extras, startLine: Int, endLine: Int
  ) -> Instruction {
    var arguments: [InstructionArgument] = []
    swap(&arguments, &node.values)
    swap(&extras.flags, &node.flags)
    if !logical.isInPlace {
      for index in extras.flags.indices {
        extras.flags[index].range = logical.sourceSpan(extras.flags[index].range)
      }
      for index in arguments.indices {
        if let range = arguments[index].range {
          arguments[index].range = logical.contiguousSourceRange(range)
        }
      }
    }
    if !node.children.isEmpty {
      var triggerExtras = Instruction.Extras()
      var trigger = instruction(from: &node.children[0], extras: &triggerExtras, startLine: 0, endLine: 0)
      if !triggerExtras.isEmpty {
        trigger.setExtras(triggerExtras)
      }
      extras.onbuildTrigger = trigger
    }
    var argumentsRange: Range<Int>?
    if let written = node.arguments {
      argumentsRange = logical.sourceSpan(written)
    }
    return Instruction(
      keyword: node.keywordText, command: node.command, keywordRange: logical.sourceSpan(node.keyword),
      range: logical.sourceSpan(node.line), startLine: startLine, endLine: endLine, arguments: arguments,
      argumentsRange: argumentsRange, isJSONForm: node.isJSON, original: GoText.string(bytes, node.line))
  }

  /// Appends the keyword and flag spans of a node and its trigger.
  private func appendTokens(_ node: ParsedNode, to tokens: inout [SyntaxPiece]) {
    tokens.append(SyntaxPiece(kind: .keyword, range: logical.sourceSpan(node.keyword)))
    for flag in node.flags {
      tokens.append(SyntaxPiece(kind: .flag, range: logical.sourceSpan(flag.range)))
    }
    for child in node.children {
      appendTokens(child, to: &tokens)
    }
  }

  /// The common case: the keyword starts the instruction's first argument
  /// piece; split it off there. False when the keyword lies elsewhere.
  private func splitKeyword(_ pieces: inout [SyntaxPiece], from start: Int, node: ParsedNode) -> Bool {
    let keyword = logical.sourceSpan(node.keyword)
    var index = start
    while index < pieces.count, pieces[index].kind != .arguments {
      index += 1
    }
    guard index < pieces.count, !keyword.isEmpty else { return keyword.isEmpty }
    let piece = pieces[index]
    guard piece.range.lowerBound == keyword.lowerBound, keyword.upperBound <= piece.range.upperBound else {
      return false
    }
    pieces[index].kind = .keyword
    if keyword.upperBound < piece.range.upperBound {
      pieces[index].range = keyword
      // Shifting the pieces after it by hand is cheaper than a generic insert.
      pieces.append(SyntaxPiece(kind: .arguments, range: keyword.upperBound..<piece.range.upperBound))
      pieces.withUnsafeMutableBufferPointer { buffer in
        let inserted = buffer[buffer.count - 1]
        var moved = buffer.count - 1
        while moved > index + 1 {
          buffer[moved] = buffer[moved - 1]
          moved -= 1
        }
        buffer[index + 1] = inserted
      }
    }
    return true
  }

  /// Splits the argument pieces of an instruction (those from `start` on)
  /// where its keywords and flags lie.
  func refine(_ pieces: inout [SyntaxPiece], from start: Int, node: ParsedNode, scratch: inout [SyntaxPiece]) {
    if node.flags.isEmpty, node.children.isEmpty, splitKeyword(&pieces, from: start, node: node) {
      return
    }
    scratch.removeAll(keepingCapacity: true)
    if scratch.capacity == 0 {
      // Reused for the file's later instructions: room for a few lines of tokens and pieces.
      scratch.reserveCapacity(32)
    }
    appendTokens(node, to: &scratch)
    let tokenCount = scratch.count
    var tokenIndex = 0
    let originalCount = pieces.count
    for pieceIndex in start..<originalCount {
      let piece = pieces[pieceIndex]
      guard piece.kind == .arguments else {
        scratch.append(piece)
        continue
      }
      var cursor = piece.range.lowerBound
      while tokenIndex < tokenCount, scratch[tokenIndex].range.upperBound <= cursor {
        tokenIndex += 1
      }
      var index = tokenIndex
      while index < tokenCount, scratch[index].range.lowerBound < piece.range.upperBound {
        let token = scratch[index]
        let lower = max(token.range.lowerBound, cursor)
        let upper = min(token.range.upperBound, piece.range.upperBound)
        if lower > cursor {
          scratch.append(SyntaxPiece(kind: .arguments, range: cursor..<lower))
        }
        if upper > lower {
          scratch.append(SyntaxPiece(kind: token.kind, range: lower..<upper))
          cursor = upper
        }
        if token.range.upperBound > piece.range.upperBound { break }
        index += 1
      }
      if cursor < piece.range.upperBound {
        scratch.append(SyntaxPiece(kind: .arguments, range: cursor..<piece.range.upperBound))
      }
    }
    pieces.removeSubrange(start..<originalCount)
    pieces.append(contentsOf: scratch[tokenCount...])
  }
}
