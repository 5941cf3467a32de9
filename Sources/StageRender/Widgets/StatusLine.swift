/// A one-row bar: a message on the left, key hints on the right.
public struct StatusLine: Widget {
  public var message: Line
  public var hints: [KeyHint]

  /// A status line.
  public init(message: Line = Line([]), hints: [KeyHint]) {
    self.message = message
    self.hints = hints
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    let base = theme.style(.status)
    buffer.fill(row, style: base)
    var hintLine: [Span] = []
    for hint in hints {
      hintLine.append(Span(hint.key, role: .helpKey))
      hintLine.append(Span(" " + hint.action + "  ", role: .status))
    }
    let hintsWidth = Line(hintLine).width - (hints.isEmpty ? 0 : 2)
    let messageEnd = message.draw(x: row.x + 1, y: row.y, clip: row, into: &buffer, theme: theme, base: base)
    let start = max(messageEnd + 1, row.maxX - hintsWidth - 1)
    Line(hintLine).draw(x: start, y: row.y, clip: row, into: &buffer, theme: theme, base: base)
  }
}
