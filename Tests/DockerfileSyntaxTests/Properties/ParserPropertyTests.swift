import DockerfileSyntax
import Testing
import _StageTestSupport

/// Properties of the parser over grammar-generated Dockerfiles (fixed seeds, so
/// any failure reproduces): it never traps, prints every input back byte for
/// byte, tiles the input with its pieces, keeps every position inside the
/// file, and re-parses edited text exactly as a fresh parse would.
@Suite("Parser properties over generated Dockerfiles")
struct ParserPropertyTests {
  static let seeds: [UInt64] = [1, 7, 42, 0xD0C4, 0xBEEF, 2026]
  static let filesPerSeed = 150

  /// Every generated file, with its seed and index for the failure message.
  static func generated(_ seed: UInt64) -> [[UInt8]] {
    var generator = GrammarGenerator(seed: seed)
    return (0..<filesPerSeed).map { _ in generator.dockerfile() }
  }

  @Test("print(parse(x)) == x and pieces tile x", arguments: seeds)
  func roundTrip(seed: UInt64) {
    for (index, bytes) in Self.generated(seed).enumerated() {
      let dockerfile = Dockerfile.parse(bytes)
      #expect(dockerfile.printed() == bytes, "seed \(seed) file \(index): \(String(decoding: bytes, as: UTF8.self))")
      var offset = 0
      for piece in dockerfile.pieces {
        #expect(piece.range.lowerBound == offset, "seed \(seed) file \(index): gap or overlap at \(piece.range)")
        offset = piece.range.upperBound
      }
      #expect(offset == bytes.count, "seed \(seed) file \(index): pieces end at \(offset) of \(bytes.count)")
    }
  }

  @Test("positions stay inside the file and lines are ordered", arguments: seeds)
  func positionsInBounds(seed: UInt64) {
    for (index, bytes) in Self.generated(seed).enumerated() {
      let dockerfile = Dockerfile.parse(bytes)
      for diagnostic in dockerfile.diagnostics {
        #expect(diagnostic.range.lowerBound >= 0 && diagnostic.range.upperBound <= bytes.count)
        let position = dockerfile.source.position(of: diagnostic.range.lowerBound)
        #expect(position.line >= 1 && position.line <= dockerfile.source.lineCount, "seed \(seed) file \(index)")
      }
      var previousEnd = 0
      for instruction in dockerfile.instructions {
        #expect(instruction.range.lowerBound >= previousEnd, "seed \(seed) file \(index): instructions overlap")
        #expect(instruction.startLine <= instruction.endLine, "seed \(seed) file \(index)")
        previousEnd = instruction.range.upperBound
      }
      #expect(previousEnd <= bytes.count)
      let formatted = DiagnosticFormatter(fileName: "Dockerfile").format(dockerfile.diagnostics, in: dockerfile.source)
      #expect(dockerfile.diagnostics.isEmpty || formatted.hasPrefix("Dockerfile:"))
    }
  }

  @Test("applying an edit equals parsing the spliced text", arguments: seeds)
  func editsReparse(seed: UInt64) {
    var random = SplitMix64(state: seed ^ 0xED17)
    for (index, bytes) in Self.generated(seed).enumerated() where !bytes.isEmpty {
      let lower = random.below(bytes.count + 1)
      let upper = lower + random.below(bytes.count - lower + 1)
      let replacement = Array(random.pick(["", "FROM x\n", "\\\n", "<<EOF\n", "\u{0}", " AS y", "\r\n"]).utf8)
      let edited = Dockerfile.parse(bytes).applying([TextEdit(range: lower..<upper, replacement: replacement)])
      var spliced = bytes
      spliced.replaceSubrange(lower..<upper, with: replacement)
      #expect(edited.printed() == spliced, "seed \(seed) file \(index)")
      #expect(edited.instructions.map(\.original) == Dockerfile.parse(spliced).instructions.map(\.original))
    }
  }

  @Test("cutting a file anywhere still round-trips", arguments: seeds)
  func prefixesRoundTrip(seed: UInt64) {
    var random = SplitMix64(state: seed ^ 0xC07)
    for bytes in Self.generated(seed) where !bytes.isEmpty {
      let prefix = Array(bytes[0..<random.below(bytes.count)])
      #expect(Dockerfile.parse(prefix).printed() == prefix)
    }
  }

  @Test("CRLF line endings give the same instructions as LF", arguments: seeds)
  func crlfMatchesLF(seed: UInt64) {
    for (index, bytes) in Self.generated(seed).enumerated() where !bytes.contains(0x0D) {
      var crlf: [UInt8] = []
      for byte in bytes {
        if byte == 0x0A { crlf.append(0x0D) }
        crlf.append(byte)
      }
      let plain = Dockerfile.parse(bytes).instructions
      let windows = Dockerfile.parse(crlf).instructions
      #expect(plain.map(\.command) == windows.map(\.command), "seed \(seed) file \(index)")
      #expect(plain.map(\.values) == windows.map(\.values), "seed \(seed) file \(index)")
    }
  }
}
