/// A parsed Dockerfile: a lossless sequence of pieces plus the instructions,
/// directives and diagnostics BuildKit's parser would produce.
public struct Dockerfile: Sendable {
  /// The source the tree was parsed from.
  public let source: SourceText
  /// The escape character in effect (`\` or `` ` ``).
  public let escapeToken: UInt8
  /// The parser directives at the top of the file.
  public let directives: [ParserDirective]
  /// The instructions, in order.
  public let instructions: [Instruction]
  /// Errors (BuildKit would reject the file) and warnings.
  public let diagnostics: [Diagnostic]
  /// The pieces covering every byte of the source, in order.
  public let pieces: [SyntaxPiece]

  init(
    source: SourceText, escapeToken: UInt8, directives: [ParserDirective], instructions: [Instruction],
    diagnostics: [Diagnostic], pieces: [SyntaxPiece]
  ) {
    self.source = source
    self.escapeToken = escapeToken
    self.directives = directives
    self.instructions = instructions
    self.diagnostics = diagnostics
    self.pieces = pieces
  }

  /// Parses `source`; never throws and never traps: problems become diagnostics.
  public static func parse(_ source: SourceText) -> Dockerfile {
    DockerfileParser(source: source).parse()
  }

  /// Parses the given bytes.
  public static func parse(_ bytes: [UInt8]) -> Dockerfile {
    parse(SourceText(bytes))
  }

  /// Parses the UTF-8 encoding of `text`.
  public static func parse(_ text: String) -> Dockerfile {
    parse(SourceText(text))
  }

  /// Whether BuildKit would reject the file.
  public var hasErrors: Bool { diagnostics.contains { $0.isError } }

  /// The value of the `syntax` directive, if any.
  public var syntaxDirective: String? {
    directives.first { $0.name == "syntax" }?.value
  }

  /// The file rebuilt by concatenating its pieces; equals `source.bytes`.
  public func printed() -> [UInt8] {
    var output = [UInt8]()
    output.reserveCapacity(source.bytes.count)
    for piece in pieces {
      output.append(contentsOf: source.bytes[piece.range])
    }
    return output
  }

  /// A new tree for the source with `edits` spliced in.
  ///
  /// Edits must not overlap; they are applied from the end of the file
  /// backwards so their ranges all refer to the current source.
  public func applying(_ edits: [TextEdit]) -> Dockerfile {
    var bytes = source.bytes
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      let range = edit.range.clamped(to: 0..<bytes.count)
      bytes.replaceSubrange(range, with: edit.replacement)
    }
    return Dockerfile.parse(SourceText(bytes))
  }
}
