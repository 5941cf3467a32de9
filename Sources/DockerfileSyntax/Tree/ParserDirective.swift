/// A parser directive such as `# syntax=docker/dockerfile:1` or `# escape=\``.
public struct ParserDirective: Hashable, Sendable {
  /// The directive's name, lowercased (`syntax`, `escape`, `check`).
  public var name: String
  /// The value after `=`, with surrounding blanks removed.
  public var value: String
  /// The directive's line, without its line ending.
  public var range: Range<Int>

  /// Creates a directive.
  public init(name: String, value: String, range: Range<Int>) {
    self.name = name
    self.value = value
    self.range = range
  }
}
