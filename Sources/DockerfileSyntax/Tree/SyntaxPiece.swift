/// A contiguous run of source bytes with its role in the tree.
///
/// A parsed Dockerfile is a sequence of pieces that covers every byte of the
/// input exactly once, in order; printing concatenates them.
public struct SyntaxPiece: Hashable, Sendable {
  /// What a piece of the source is.
  public enum Kind: String, Sendable {
    /// A UTF-8 byte-order mark at the start of the file.
    case byteOrderMark
    /// A parser directive line such as `# syntax=…`.
    case directive
    /// A comment line (outside or inside a continuation).
    case comment
    /// Spaces and tabs, or a blank line.
    case whitespace
    /// A line ending (`\n` or `\r\n`).
    case newline
    /// The escape character ending a line, with any blanks after it.
    case lineContinuation
    /// An instruction keyword.
    case keyword
    /// A builder flag (`--from=build`).
    case flag
    /// The instruction's argument text on one physical line.
    case arguments
    /// A heredoc body line.
    case heredocBody
    /// A heredoc terminator line.
    case heredocTerminator
    /// Bytes the parser could not make sense of (after an error).
    case unexpected
  }

  /// The piece's role.
  public var kind: Kind
  /// The bytes it covers.
  public var range: Range<Int>

  /// Creates a piece.
  public init(kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}
