import StageRender

/// The detail pane: the selected instruction (wrapped, heredocs shown) or stage, scrolled.
struct DetailPane: Widget {
  var state: AppState

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let block = Block(title: "Detail", isActive: state.focus == .detail)
    block.render(in: area, into: &buffer, theme: theme)
    let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
    let paragraph = Paragraph(DetailText.lines(for: state), wraps: true)
    let total = paragraph.visualLines(width: inner.width).count
    let scroll = max(0, min(state.detailScroll, total - inner.height))
    Paragraph(paragraph.lines, wraps: true, scroll: scroll).render(in: inner, into: &buffer, theme: theme)
  }
}
