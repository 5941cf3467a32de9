import DockerfileSyntax
import Testing

@Suite("Lossless round trip")
struct LosslessTests {
  static let inputs: [[UInt8]] = [
    [],
    Array("\n".utf8),
    Array("FROM a".utf8),
    Array("FROM a\r\nRUN b\r\n".utf8),
    Array("FROM a\rRUN b\r".utf8),
    [0x00, 0x46, 0x00, 0x0A],
    [0xFF, 0xFE, 0x46, 0x00, 0x52, 0x00],
    [0xEF, 0xBB, 0xBF],
    [0xEF, 0xBB, 0xBF] + Array("FROM a\n".utf8),
    Array("FROM \u{C0}\u{FF} a\n".utf8) + [0xC3, 0x28, 0x0A],
    Array("\t \n# c\n\\\n\\\n".utf8),
    Array("FROM a\nRUN <<A <<B\nA\n".utf8),
    Array("FROM a \\\n\\\n  \\\n".utf8),
    Array("ONBUILD\nONBUILD ONBUILD RUN x\n".utf8),
    Array("ENV\nLABEL\nCMD [\"a\",\nCMD [1]\n".utf8),
    Array("RUN --mount=\"a b\\\" --\n".utf8),
  ]

  @Test(arguments: inputs)
  func printsBackExactly(_ bytes: [UInt8]) {
    let dockerfile = Dockerfile.parse(bytes)
    #expect(dockerfile.printed() == bytes)
    #expect(PieceCoverage.isExact(dockerfile))
  }

  @Test func emptyFileHasNoInstructions() {
    let dockerfile = Dockerfile.parse([UInt8]())
    #expect(dockerfile.diagnostics.map(\.message) == ["file with no instructions"])
    #expect(dockerfile.pieces.isEmpty)
  }

  @Test func longLinesAreRejected() {
    let long = Array("FROM a\nRUN ".utf8) + [UInt8](repeating: 0x61, count: 70_000) + [0x0A]
    let dockerfile = Dockerfile.parse(long)
    #expect(dockerfile.diagnostics.map(\.code) == ["line-too-long"])
    #expect(dockerfile.printed() == long)
    #expect(PieceCoverage.isExact(dockerfile))
    let fits = Array("RUN ".utf8) + [UInt8](repeating: 0x61, count: 65_531) + [0x0A]
    #expect(!Dockerfile.parse(fits).hasErrors)
  }

  @Test func editsAreSplicedAndReparsed() {
    let dockerfile = Dockerfile.parse("FROM golang AS b\nFROM scratch\n")
    let from = dockerfile.instructions[1]
    let range = from.arguments.first?.range ?? 0..<0
    #expect(!range.isEmpty)
    let edited = dockerfile.applying([TextEdit(range: range, replacement: "alpine")])
    #expect(edited.printed() == Array("FROM golang AS b\nFROM alpine\n".utf8))
    #expect(edited.instructions[1].values == ["alpine"])
  }
}
