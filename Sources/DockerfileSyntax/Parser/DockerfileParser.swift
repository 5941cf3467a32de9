/// Parses a Dockerfile following BuildKit's parser.
struct DockerfileParser {
  let source: SourceText

  init(source: SourceText) {
    self.source = source
  }

  func parse() -> Dockerfile {
    var pieces: [SyntaxPiece] = []
    var instructions: [Instruction] = []
    let bytes = source.bytes
    for line in 1...source.lineCount {
      let range = source.lineRange(line)
      let end = line < source.lineCount ? source.lineStarts[line] : bytes.count
      if !range.isEmpty {
        pieces.append(SyntaxPiece(kind: .arguments, range: range))
        let text = source.text(range)
        let words = text.split(separator: " ", maxSplits: 1)
        if let first = words.first, !text.hasPrefix("#") {
          instructions.append(
            Instruction(
              keyword: String(first), command: first.lowercased(),
              keywordRange: range.lowerBound..<(range.lowerBound + first.utf8.count), range: range.lowerBound..<end,
              startLine: line, endLine: line, original: text))
        }
      }
      if range.upperBound < end {
        pieces.append(SyntaxPiece(kind: .newline, range: range.upperBound..<end))
      }
    }
    return Dockerfile(
      source: source, escapeToken: UInt8(ascii: "\\"), directives: [], instructions: instructions,
      diagnostics: [], pieces: pieces)
  }
}
