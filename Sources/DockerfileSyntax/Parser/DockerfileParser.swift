/// Parses a Dockerfile the way BuildKit's `parser.Parse` does, while keeping
/// every byte in a piece of the lossless tree.
///
/// The loop mirrors BuildKit's: physical lines are read up to `\n`; a line
/// that is blank or a comment is skipped; otherwise it starts an
/// instruction, continuation lines are joined (comments and blank lines
/// inside are dropped), the joined line is split and parsed, and heredoc
/// bodies are read after it. After an error BuildKit stops; this parser
/// records the error and carries on, so the rest of the file still has a tree.
struct DockerfileParser {
  let source: SourceText

  init(source: SourceText) {
    self.source = source
  }

  func parse() -> Dockerfile {
    source.bytes.withUnsafeBufferPointer { buffer in
      var session = ParseSession(source: source, bytes: buffer)
      session.run()
      return Dockerfile(
        source: source, escapeToken: session.escapeToken, directives: session.directives,
        instructions: session.instructions, diagnostics: session.diagnostics, pieces: session.pieces)
    }
  }
}
