/// The state of one parse: the line cursor, the directive state, and what
/// has been produced so far.
struct ParseSession {
  /// BuildKit's scanner refuses lines longer than this (its 64 KiB buffer).
  static let maximumLineLength = 65536

  let source: SourceText
  let bytes: UnsafeBufferPointer<UInt8>
  var escapeToken = UInt8(ascii: "\\")
  var directives: [ParserDirective] = []
  var instructions: [Instruction] = []
  var diagnostics: [Diagnostic] = []
  var pieces: [SyntaxPiece] = []
  var comments: [String] = []
  var linesRead = 0
  var directivesDone = false
  var seenDirectives: Set<String> = []
  var scannerFailed = false
  /// Buffers reused from one instruction to the next.
  var logical = LogicalLine()
  var pieceScratch: [SyntaxPiece] = []

  init(source: SourceText, bytes: UnsafeBufferPointer<UInt8>) {
    self.source = source
    self.bytes = bytes
    // About four pieces a line: indentation, keyword or text, continuation, line ending.
    pieces.reserveCapacity(source.lineCount * 4 + 8)
    // About one instruction in three lines; a file denser than one in two grows the array once.
    instructions.reserveCapacity(source.lineCount / 2 + 1)
  }

  /// The next physical line, or nil at the end of the file or at a line
  /// too long for BuildKit's scanner (which ends the parse with an error).
  mutating func nextLine() -> PhysicalLine? {
    guard !scannerFailed else { return nil }
    let starts = source.lineStarts
    guard linesRead < starts.count, starts[linesRead] < bytes.count else { return nil }
    let start = starts[linesRead]
    let hasNewline = linesRead + 1 < starts.count
    let end = hasNewline ? starts[linesRead + 1] : bytes.count
    let tooLong = hasNewline ? end - start > Self.maximumLineLength : end - start >= Self.maximumLineLength
    if tooLong {
      scannerFailed = true
      let lineEnd = source.lineRange(linesRead + 1).upperBound
      diagnostics.append(
        Diagnostic(severity: .error, message: Diagnostic.Message.lineTooLong, range: start..<lineEnd, code: "line-too-long"))
      pieces.append(SyntaxPiece(kind: .unexpected, range: start..<bytes.count))
      return nil
    }
    var contentEnd = end
    while contentEnd > start, bytes[contentEnd - 1] == 0x0A || bytes[contentEnd - 1] == 0x0D {
      contentEnd -= 1
    }
    linesRead += 1
    return PhysicalLine(number: linesRead, start: start, contentEnd: contentEnd, end: end)
  }

  /// Where a line's text ends once a line-continuation escape is removed,
  /// and whether it had one: BuildKit's `([^E])E[ \t]*$|^E[ \t]*$`.
  func continuation(_ range: Range<Int>) -> (end: Int, continues: Bool) {
    var index = range.upperBound
    while index > range.lowerBound, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 {
      index -= 1
    }
    guard index > range.lowerBound, bytes[index - 1] == escapeToken else { return (range.upperBound, false) }
    let escapeIndex = index - 1
    if escapeIndex > range.lowerBound, bytes[escapeIndex - 1] == escapeToken {
      return (range.upperBound, false)
    }
    return (escapeIndex, true)
  }

  mutating func run() {
    while let line = nextLine() {
      var start = line.start
      if line.number == 1, line.contentEnd - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB,
        bytes[start + 2] == 0xBF
      {
        pieces.append(SyntaxPiece(kind: .byteOrderMark, range: start..<(start + 3)))
        start += 3
      }
      let textStart = GoText.skipSpaces(bytes, from: start, to: line.contentEnd)
      let isComment = textStart < line.contentEnd && bytes[textStart] == UInt8(ascii: "#")
      if isComment {
        recordComment(start..<line.end)
      }
      let isDirective = !directivesDone && readDirective(textStart..<line.contentEnd)
      if isComment {
        appendWhitespace(start..<textStart)
        pieces.append(SyntaxPiece(kind: isDirective ? .directive : .comment, range: textStart..<line.contentEnd))
        appendNewline(line)
        continue
      }
      let (segmentEnd, continues) = continuation(textStart..<line.contentEnd)
      if !continues && segmentEnd == textStart {
        appendWhitespace(start..<line.contentEnd)
        appendNewline(line)
        continue
      }
      parseInstruction(first: line, start: start, textStart: textStart, segmentEnd: segmentEnd, continues: continues)
    }
    if instructions.isEmpty && !diagnostics.contains(where: \.isError) {
      diagnostics.append(
        Diagnostic(
          severity: .error, message: Diagnostic.Message.noInstructions, range: bytes.count..<bytes.count,
          code: "no-instructions"))
    }
  }

  /// BuildKit keeps the comment lines above an instruction (text after the
  /// line's first byte, trimmed); an empty comment clears the list.
  mutating func recordComment(_ raw: Range<Int>) {
    let start = GoText.skipSpaces(bytes, from: raw.lowerBound + 1, to: raw.upperBound)
    let end = GoText.trimTrailingSpaces(bytes, from: start, to: raw.upperBound)
    if start == end {
      comments.removeAll()
    } else {
      if comments.capacity == 0 {
        comments.reserveCapacity(4)
      }
      comments.append(GoText.string(bytes, start..<end))
    }
  }

  /// Checks a line for a parser directive; true when it is one.
  mutating func readDirective(_ range: Range<Int>) -> Bool {
    guard let match = DirectiveMatch(bytes, range),
      match.name == "syntax" || match.name == "escape" || match.name == "check"
    else {
      directivesDone = true
      return false
    }
    let lineRange = range.lowerBound..<range.upperBound
    guard seenDirectives.insert(match.name).inserted else {
      diagnostics.append(
        Diagnostic(
          severity: .error, message: Diagnostic.Message.duplicateDirective(match.name), range: lineRange,
          code: "duplicate-directive"))
      return true
    }
    if match.name == "escape" {
      guard match.value == "\\" || match.value == "`" else {
        diagnostics.append(
          Diagnostic(
            severity: .error, message: Diagnostic.Message.invalidEscapeToken(match.value), range: match.valueRange,
            code: "invalid-escape-token"))
        return true
      }
      escapeToken = bytes[match.valueRange.lowerBound]
    }
    if !comments.isEmpty {
      comments.removeLast()
    }
    directives.append(ParserDirective(name: match.name, value: match.value, range: lineRange))
    return true
  }

  mutating func appendWhitespace(_ range: Range<Int>) {
    if !range.isEmpty {
      pieces.append(SyntaxPiece(kind: .whitespace, range: range))
    }
  }

  mutating func appendNewline(_ line: PhysicalLine) {
    if line.contentEnd < line.end {
      pieces.append(SyntaxPiece(kind: .newline, range: line.contentEnd..<line.end))
    }
  }
}
