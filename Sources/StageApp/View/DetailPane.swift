import StageRender

/// The detail pane: the selected instruction (wrapped, heredocs shown) or stage, scrolled.
struct DetailPane: Widget {
  var state: AppState

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let block = Block(title: "Detail", isActive: state.focus == .detail)
    block.render(in: area, into: &buffer, theme: theme)
    let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
    let key = ViewMemo.DetailKey(
      rows: LayerRow.rowsKey(state), showsInstruction: state.focus != .graph, selectedRow: state.layerList.selected,
      width: inner.width)
    let rows = state.viewMemo.detail(key) {
      Paragraph(DetailText.lines(for: state), wraps: true).visualLines(width: inner.width)
    }
    let scroll = max(0, min(state.detailScroll, rows.count - inner.height))
    Paragraph(rows, wraps: false, scroll: scroll).render(in: inner, into: &buffer, theme: theme)
  }
}
