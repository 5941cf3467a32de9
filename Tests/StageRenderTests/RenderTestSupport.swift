import StageRender
import Testing

/// Renders `widget` into a fresh `width`×`height` buffer with the monochrome theme.
func rendered(_ widget: some Widget, width: Int, height: Int, theme: Theme = .monochrome) -> CellBuffer {
  var buffer = CellBuffer(width: width, height: height)
  widget.render(in: buffer.area, into: &buffer, theme: theme)
  return buffer
}

/// Compares a buffer's rows with literal lines, showing both on failure.
func expectLines(
  _ buffer: CellBuffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let actual = buffer.lines()
  #expect(
    actual == expected,
    "\nactual:\n\(actual.joined(separator: "|\n"))|\nexpected:\n\(expected.joined(separator: "|\n"))|",
    sourceLocation: sourceLocation)
}
