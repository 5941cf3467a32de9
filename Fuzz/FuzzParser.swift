import DockerfileSyntax

/// libFuzzer entry point for the parser: every input must print back byte for
/// byte, its pieces must tile the input in order, and every diagnostic must
/// point inside the input and format without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let dockerfile = Dockerfile.parse(bytes)
  guard dockerfile.printed() == bytes else {
    fatalError("print(parse(x)) != x for \(size) input bytes")
  }
  var offset = 0
  for piece in dockerfile.pieces {
    guard piece.range.lowerBound == offset, piece.range.upperBound >= offset else {
      fatalError("piece \(piece.kind) at \(piece.range) does not continue at byte \(offset)")
    }
    offset = piece.range.upperBound
  }
  guard offset == size else { fatalError("pieces end at \(offset), input has \(size) bytes") }
  for instruction in dockerfile.instructions {
    guard instruction.range.lowerBound >= 0, instruction.range.upperBound <= size,
      instruction.keywordRange.lowerBound >= instruction.range.lowerBound,
      instruction.startLine <= instruction.endLine
    else {
      fatalError("instruction \(instruction.keyword) has range \(instruction.range) outside the input")
    }
  }
  for diagnostic in dockerfile.diagnostics {
    guard diagnostic.range.lowerBound >= 0, diagnostic.range.upperBound <= size else {
      fatalError("diagnostic '\(diagnostic.message)' at \(diagnostic.range) outside \(size) bytes")
    }
  }
  // A narrow window (40 columns) so that long lines are windowed often; the shown source line
  // decodes at most 4 bytes per column on each side, and the caret never runs past the window.
  let formatter = DiagnosticFormatter(fileName: "Dockerfile", maxColumns: 40)
  for diagnostic in dockerfile.diagnostics {
    let lines = formatter.format(diagnostic, in: dockerfile.source).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count == 1 || lines.count == 3 else { fatalError("diagnostic rendered as \(lines.count) lines") }
    if lines.count == 3 {
      guard lines[1].utf8.count <= 2 * 4 * 40 + 6, lines[2].count <= 2 * 40 + 1,
        !lines[1].unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
      else {
        fatalError("diagnostic window too wide or with control characters: \(lines[1].utf8.count) bytes")
      }
    }
  }
  return 0
}
