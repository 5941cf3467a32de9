extension ParseSession {
  /// Reads one instruction starting at `first`: its continuation lines, its
  /// node, and its heredoc bodies.
  mutating func parseInstruction(
    first: PhysicalLine, start: Int, textStart: Int, segmentEnd: Int, continues firstContinues: Bool
  ) {
    var local: [SyntaxPiece] = []
    var logical = LogicalLine()
    logical.anchor = textStart
    var lastLine = first
    var emptyContinuationLines: [Range<Int>] = []

    func appendLocal(_ kind: SyntaxPiece.Kind, _ range: Range<Int>) {
      if !range.isEmpty {
        local.append(SyntaxPiece(kind: kind, range: range))
      }
    }

    appendLocal(.whitespace, start..<textStart)
    appendLocal(.arguments, textStart..<segmentEnd)
    appendLocal(.lineContinuation, segmentEnd..<first.contentEnd)
    appendLocal(.newline, first.contentEnd..<first.end)
    logical.append(bytes, textStart..<segmentEnd)

    var continues = firstContinues
    while continues, let line = nextLine() {
      lastLine = line
      let textStart = GoText.skipSpaces(bytes, from: line.start, to: line.contentEnd)
      if textStart < line.contentEnd && bytes[textStart] == UInt8(ascii: "#") {
        appendLocal(.whitespace, line.start..<textStart)
        appendLocal(.comment, textStart..<line.contentEnd)
      } else if textStart == line.contentEnd {
        emptyContinuationLines.append(line.start..<line.contentEnd)
        appendLocal(.whitespace, line.start..<line.contentEnd)
      } else {
        let (segmentEnd, lineContinues) = continuation(line.content)
        continues = lineContinues
        logical.append(bytes, line.start..<segmentEnd)
        appendLocal(.arguments, line.start..<segmentEnd)
        appendLocal(.lineContinuation, segmentEnd..<line.contentEnd)
      }
      appendLocal(.newline, line.contentEnd..<line.end)
    }

    let parsed: Result<ParsedNode, NodeFailure> = logical.bytes.withUnsafeBufferPointer { buffer in
      let parser = NodeParser(bytes: buffer, escapeToken: escapeToken)
      do throws(NodeFailure) {
        return .success(try parser.parseNode(0..<buffer.count))
      } catch {
        return .failure(error)
      }
    }
    if let emptyLine = emptyContinuationLines.first {
      diagnostics.append(
        Diagnostic(
          severity: .warning, message: Diagnostic.Message.emptyContinuationLine, range: emptyLine,
          code: "empty-continuation-line"))
    }

    switch parsed {
    case .failure(let failure):
      diagnostics.append(
        Diagnostic(
          severity: .error, message: failure.message, range: logical.sourceSpan(failure.range), code: failure.code))
      pieces.append(contentsOf: local)
      comments.removeAll()
    case .success(let node):
      var heredocs: [Heredoc] = []
      if node.canContainHeredoc, logical.bytes.containsHeredocMarker {
        do throws(ShellWordLexer.Failure) {
          let openers = try HeredocOpener.openers(in: logical.bytes)
          for opener in openers {
            heredocs.append(readHeredoc(opener, into: &local, lastLine: &lastLine, instruction: first))
          }
        } catch {
          diagnostics.append(
            Diagnostic(
              severity: .error, message: Diagnostic.Message.heredocLexing(error.message),
              range: logical.sourceSpan(0..<logical.bytes.count), code: "heredoc-syntax"))
        }
      }
      let builder = InstructionBuilder(logical: logical)
      var instruction = builder.instruction(node, startLine: first.number, endLine: lastLine.number)
      instruction.range = start..<lastLine.end
      instruction.heredocs = heredocs
      instruction.precedingComments = comments
      pieces.append(contentsOf: builder.refine(local, tokens: builder.tokens(node)))
      instructions.append(instruction)
      comments.removeAll()
    }
  }

  /// Reads the body of one heredoc up to its terminator line.
  mutating func readHeredoc(
    _ opener: HeredocOpener, into local: inout [SyntaxPiece], lastLine: inout PhysicalLine, instruction: PhysicalLine
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
        local.append(SyntaxPiece(kind: .heredocTerminator, range: line.start..<line.contentEnd))
        if line.contentEnd < line.end {
          local.append(SyntaxPiece(kind: .newline, range: line.contentEnd..<line.end))
        }
        terminated = true
        break
      }
      if bodyStart == nil { bodyStart = line.start }
      bodyEnd = line.end
      local.append(SyntaxPiece(kind: .heredocBody, range: line.start..<line.end))
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

extension [UInt8] {
  /// Whether the bytes contain `<<` (BuildKit only looks for heredocs then).
  var containsHeredocMarker: Bool {
    withUnsafeBufferPointer { buffer in
      guard buffer.count >= 2 else { return false }
      for index in 0..<(buffer.count - 1) where buffer[index] == 0x3C && buffer[index + 1] == 0x3C {
        return true
      }
      return false
    }
  }
}

extension ParsedNode {
  /// BuildKit's `canContainHeredoc`: RUN, COPY, ADD (or ONBUILD of one) in shell form.
  var canContainHeredoc: Bool {
    let node = command == "onbuild" ? children.first ?? self : self
    return ["run", "copy", "add"].contains(node.command) && !node.isJSON
  }
}
