/// One line as BuildKit's scanner returns it: up to and including `\n`.
struct PhysicalLine {
  /// 1-based line number.
  var number: Int
  /// Offset of the first byte.
  var start: Int
  /// End of the text once every trailing `\r` and `\n` is removed.
  var contentEnd: Int
  /// Offset just past the line's `\n` (or the end of the file).
  var end: Int

  /// The line's text without its line ending.
  var content: Range<Int> { start..<contentEnd }
}
