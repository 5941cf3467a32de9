/// A 1-based line and column in a Dockerfile.
///
/// The column counts Unicode scalars from the start of the line, so a caret
/// drawn under it lines up with the text a terminal shows.
public struct SourcePosition: Hashable, Sendable, Comparable {
  /// The 1-based line number; lines end at `\n`, as BuildKit counts them.
  public var line: Int
  /// The 1-based column, in Unicode scalars from the start of the line.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
