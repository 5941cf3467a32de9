/// A here-document attached to a `RUN`, `COPY` or `ADD` instruction.
public struct Heredoc: Hashable, Sendable {
  /// The delimiter word with quotes removed (`EOF` for `<<"EOF"`).
  public var name: String
  /// The file descriptor written before `<<` (`3` in `3<<EOF`), if any.
  public var fileDescriptor: Int?
  /// Whether variables in the body are expanded (false when the word is quoted).
  public var expand: Bool
  /// Whether leading tabs are stripped (`<<-`).
  public var chomp: Bool
  /// The body exactly as BuildKit reports it: every line up to the
  /// terminator, with its line ending.
  public var content: String
  /// The bytes of the body, without the terminator line.
  public var bodyRange: Range<Int>

  /// Creates a heredoc.
  public init(
    name: String, fileDescriptor: Int?, expand: Bool, chomp: Bool, content: String, bodyRange: Range<Int>
  ) {
    self.name = name
    self.fileDescriptor = fileDescriptor
    self.expand = expand
    self.chomp = chomp
    self.content = content
    self.bodyRange = bodyRange
  }
}
