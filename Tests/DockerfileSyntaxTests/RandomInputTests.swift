import DockerfileSyntax
import Testing
import _StageTestSupport

/// Parses many generated inputs built from the bytes the grammar cares
/// about: the parser must never trap and must always print back exactly.
@Suite("Generated inputs")
struct RandomInputTests {
  static let fragments: [[UInt8]] = [
    "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "LABEL ", "ARG ", "ONBUILD ", "HEALTHCHECK ", "CMD ", "SHELL ",
    "--from=a ", "--mount=\"x y\" ", "-- ", "<<", "<<-", "EOF", "'E'", "\"E\"", "3<<", "[\"a\", ", "1]", "]", "[",
    "=", "a", " ", "\t", "\\", "`", "\n", "\r\n", "\r", "#", "# escape=`\n", "# syntax=x\n", "$", "${", "}", "'", "\"",
  ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xC2, 0xA0], [0xEF, 0xBB, 0xBF], [0x85], [0x0B]]

  @Test func generatedInputsRoundTrip() {
    var random = SplitMix64(state: 0x5EED)
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 40) {
        bytes += Self.fragments[Int(random.next() % UInt64(Self.fragments.count))]
      }
      let dockerfile = Dockerfile.parse(bytes)
      #expect(dockerfile.printed() == bytes, "\(bytes)")
      #expect(PieceCoverage.isExact(dockerfile), "\(bytes)")
      for diagnostic in dockerfile.diagnostics {
        #expect(diagnostic.range.upperBound <= bytes.count, "\(bytes)")
      }
      for instruction in dockerfile.instructions {
        #expect(instruction.range.upperBound <= bytes.count && instruction.keywordRange.upperBound <= bytes.count)
      }
    }
  }
}
