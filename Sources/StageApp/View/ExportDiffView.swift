import StageRender

/// The export overlay: the unified diff of the edited file against the original.
struct ExportDiffView: Widget {
  var state: AppState
  var diff: ExportDiff

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let name = state.document.fileName
    let lines = diff.lines.map(ExportDiffView.line)
    let scroll = diff.scroll
    let box = frame(in: area, width: 110, height: lines.count + 4)
    let inner = open(box, title: "Export \(name): diff", buffer: &buffer, theme: theme)
    guard inner.height >= 2 else { return }
    let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    let popup = theme.style(.popup)
    Paragraph(lines, wraps: false, scroll: min(scroll, max(0, lines.count - body.height)), base: popup)
      .render(in: body, into: &buffer, theme: theme)
    let write = state.keys.key(.write, in: .diff)?.description ?? "w"
    let close = state.keys.key(.cancel, in: .diff)?.description ?? "esc"
    Line([
      Span(write, role: .helpKey), Span(" write to a file   ", role: .text), Span(close, role: .helpKey),
      Span(" close", role: .text),
    ]).draw(x: inner.x, y: inner.maxY - 1, clip: inner, into: &buffer, theme: theme, base: popup)
  }

  /// A diff line in the role its first character calls for.
  static func line(_ text: String) -> Line {
    let shown = text.replacingOccurrences(of: "\r", with: "␍").replacingOccurrences(of: "\t", with: "  ")
    if shown.hasPrefix("+++") || shown.hasPrefix("---") { return Line(shown, role: .title) }
    if shown.hasPrefix("@@") { return Line(shown, role: .textDim) }
    if shown.hasPrefix("+") { return Line(shown, role: .diffAdded) }
    if shown.hasPrefix("-") { return Line(shown, role: .diffRemoved) }
    return Line(shown, role: .text)
  }
}
