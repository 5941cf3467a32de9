#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ParseSession {
  /// Reads one instruction starting at `first`: its continuation lines, its
  /// node, and its heredoc bodies.
  mutating func parseInstruction(
    first: PhysicalLine, start: Int, textStart: Int, segmentEnd: Int, continues firstContinues: Bool
  ) {
    let pieceStart = pieces.count
    logical.reset(anchor: textStart)
    var lastLine = first
    var firstEmptyLine: Range<Int>?

    appendPiece(.whitespace, start..<textStart)
    appendPiece(.arguments, textStart..<segmentEnd)
    appendPiece(.lineContinuation, segmentEnd..<first.contentEnd)
    appendPiece(.newline, first.contentEnd..<first.end)
    logical.append(bytes, textStart..<segmentEnd)

    var continues = firstContinues
    while continues, let line = nextLine() {
      lastLine = line
      let textStart = GoText.skipSpaces(bytes, from: line.start, to: line.contentEnd)
      if textStart < line.contentEnd && bytes[textStart] == UInt8(ascii: "#") {
        appendPiece(.whitespace, line.start..<textStart)
        appendPiece(.comment, textStart..<line.contentEnd)
      } else if textStart == line.contentEnd {
        if firstEmptyLine == nil {
          firstEmptyLine = line.start..<line.contentEnd
        }
        appendPiece(.whitespace, line.start..<line.contentEnd)
      } else {
        let (segmentEnd, lineContinues) = continuation(line.content)
        continues = lineContinues
        logical.append(bytes, line.start..<segmentEnd)
        appendPiece(.arguments, line.start..<segmentEnd)
        appendPiece(.lineContinuation, segmentEnd..<line.contentEnd)
      }
      appendPiece(.newline, line.contentEnd..<line.end)
    }

    if let firstEmptyLine {
      diagnostics.append(
        Diagnostic(
          severity: .warning, message: Diagnostic.Message.emptyContinuationLine, range: firstEmptyLine,
          code: "empty-continuation-line"))
    }
    let escape = escapeToken
    let span = logical.span
    do throws(NodeFailure) {
      if logical.isInPlace {
        var node = ParsedNode()
        try NodeParser(bytes: bytes, escapeToken: escape).parseNode(span, into: &node)
        addInstruction(&node, bytes: bytes, first: first, lastLine: lastLine, start: start, pieceStart: pieceStart)
      } else {
        let line = logical
        try line.withBytes(in: bytes) { (buffer) throws(NodeFailure) in
          var node = ParsedNode()
          try NodeParser(bytes: buffer, escapeToken: escape).parseNode(span, into: &node)
          addInstruction(&node, bytes: buffer, first: first, lastLine: lastLine, start: start, pieceStart: pieceStart)
        }
      }
    } catch {
      diagnostics.append(
        Diagnostic(
          severity: .error, message: error.message, range: logical.sourceSpan(error.range), code: error.code))
      comments.removeAll()
    }
  }

  /// Adds the instruction for a parsed node, with its heredoc bodies and the comments above it.
  ///
  /// `bytes` are those the logical line's offsets index.
  private mutating func addInstruction(
    _ node: inout ParsedNode, bytes lineBuffer: UnsafeBufferPointer<UInt8>, first: PhysicalLine,
    lastLine: PhysicalLine, start: Int, pieceStart: Int
  ) {
    var lastLine = lastLine
    let lineBytes = UnsafeBufferPointer(rebasing: lineBuffer[logical.span])
    let builder = InstructionBuilder(logical: logical, bytes: lineBuffer)
    builder.refine(&pieces, from: pieceStart, node: node, scratch: &pieceScratch)
    let mayHaveHeredocs = node.canContainHeredoc && lineBytes.mayOpenHeredoc
    var extras = Instruction.Extras()
    var instruction = builder.instruction(
      from: &node, extras: &extras, startLine: first.number, endLine: first.number)
    if mayHaveHeredocs {
      do throws(ShellWordLexer.Failure) {
        let openers = try HeredocOpener.openers(in: Array(lineBytes))
        for opener in openers {
          let heredoc = readHeredoc(opener, lastLine: &lastLine, instruction: first)
          extras.heredocs.append(heredoc)
        }
      } catch {
        diagnostics.append(
          Diagnostic(
            severity: .error, message: Diagnostic.Message.heredocLexing(error.message),
            range: logical.sourceSpan(logical.span), code: "heredoc-syntax"))
      }
    }
    instruction.endLine = lastLine.number
    instruction.range = start..<lastLine.end
    if !comments.isEmpty {
      extras.precedingComments = comments
      comments.removeAll()
    }
    if !extras.isEmpty {
      instruction.setExtras(extras)
    }
    instructions.append(consume instruction)
  }

  /// Appends a piece unless it is empty.
  @inline(__always)
  mutating func appendPiece(_ kind: SyntaxPiece.Kind, _ range: Range<Int>) {
    if !range.isEmpty {
      pieces.append(SyntaxPiece(kind: kind, range: range))
    }
  }

  /// Reads the body of one heredoc up to its terminator line.
  mutating func readHeredoc(
    _ opener: HeredocOpener, lastLine: inout PhysicalLine, instruction: PhysicalLine
  ) -> Heredoc {
    var content: [UInt8] = []
    var bodyStart: Int?
    var bodyEnd = lastLine.end
    var terminated = false
    while let line = nextLine() {
      lastLine = line
      var candidate = line.start
      if opener.chomp {
        while candidate < line.contentEnd, bytes[candidate] == 0x09 { candidate += 1 }
      }
      if line.contentEnd - candidate == opener.name.count,
        opener.name.withUnsafeBufferPointer({ name in
          name.indices.allSatisfy { name[$0] == bytes[candidate + $0] }
        })
      {
        if bodyStart == nil { bodyStart = line.start }
        bodyEnd = line.start
        appendPiece(.heredocTerminator, line.start..<line.contentEnd)
        appendPiece(.newline, line.contentEnd..<line.end)
        terminated = true
        break
      }
      if bodyStart == nil { bodyStart = line.start }
      bodyEnd = line.end
      appendPiece(.heredocBody, line.start..<line.end)
      content.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]))
    }
    if !terminated {
      let lineRange = source.lineRange(instruction.number)
      diagnostics.append(
        Diagnostic(
          severity: .error, message: Diagnostic.Message.unterminatedHeredoc, range: lineRange,
          code: "unterminated-heredoc"))
    }
    let start = bodyStart ?? bodyEnd
    return Heredoc(
      name: String(decoding: opener.name, as: UTF8.self), fileDescriptor: opener.fileDescriptor,
      expand: opener.expand, chomp: opener.chomp, content: String(decoding: content, as: UTF8.self),
      bodyRange: start..<max(start, bodyEnd))
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether a word of the line may be a heredoc opener, so that splitting
  /// the line into shell words can be skipped when no word can be one.
  ///
  /// BuildKit looks for heredocs only when the line contains `<<`; an opener
  /// is then a word matching `^\d*<<`. Outside `${…}` the shell words are
  /// the line's own bytes split at spaces, so such a word's `<<` follows
  /// only digits after the line's start or a space (a byte above 0x7F may
  /// end a non-ASCII space). A `${…}` expansion can remove escapes and split
  /// at its spaces, so a line with one always takes the full lexer.
  var mayOpenHeredoc: Bool {
    guard let base = baseAddress else { return false }
    var index = 0
    var hasMarker = false
    while index + 1 < count {
      guard let found = memchr(base + index, 0x3C, count - index - 1) else { break }
      let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      index = offset + 1
      guard self[offset + 1] == 0x3C else { continue }
      hasMarker = true
      var wordStart = offset
      while wordStart > 0, self[wordStart - 1] >= 0x30, self[wordStart - 1] <= 0x39 {
        wordStart -= 1
      }
      if wordStart == 0 { return true }
      let before = self[wordStart - 1]
      if before == 0x20 || (before >= 0x09 && before <= 0x0D) || before >= 0x80 { return true }
    }
    return hasMarker && containsExpansion
  }

  /// Whether the bytes contain `${`.
  private var containsExpansion: Bool {
    guard let base = baseAddress else { return false }
    var index = 0
    while index + 1 < count {
      guard let found = memchr(base + index, 0x24, count - index - 1) else { return false }
      let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if self[offset + 1] == 0x7B { return true }
      index = offset + 1
    }
    return false
  }
}

extension ParsedNode {
  /// BuildKit's `canContainHeredoc`: RUN, COPY, ADD (or ONBUILD of one) in shell form.
  var canContainHeredoc: Bool {
    if let trigger = children.first, known == .onbuild {
      return trigger.isHeredocCommand
    }
    return isHeredocCommand
  }

  private var isHeredocCommand: Bool {
    switch known {
    case .run, .copy, .add: return !isJSON
    default: return false
    }
  }
}
