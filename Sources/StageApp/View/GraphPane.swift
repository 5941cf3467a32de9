import StageRender

/// The stage graph pane: the cached layout, scrolled so the selected stage shows.
struct GraphPane: Widget {
  var state: AppState

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let stageCount = state.document.graph.stages.count
    let title = "Stages (\(stageCount))" + (state.filter.isEmpty ? "" : " /\(state.filter)")
    let block = Block(title: title, isActive: state.focus == .graph)
    block.render(in: area, into: &buffer, theme: theme)
    let inner = block.inner(area)
    guard let layout = state.graphCache?.layout else { return }
    guard stageCount > 0 else {
      Paragraph(text: "No stages: the file has no FROM instruction.", role: .textDim)
        .render(in: inner, into: &buffer, theme: theme)
      return
    }
    let view = GraphView(
      layout: layout, scrollX: state.graphScrollX, scrollY: state.graphScrollY,
      selectedID: AppState.nodeID(stage: state.selectedStage))
    view.render(in: inner, into: &buffer, theme: theme)
    drawScrollHints(layout: layout, inner: inner, area: area, buffer: &buffer, theme: theme)
  }

  /// Arrows on the border where the drawing continues beyond the viewport.
  private func drawScrollHints(layout: GraphLayout, inner: Rect, area: Rect, buffer: inout CellBuffer, theme: Theme) {
    let style = theme.style(.textDim)
    if state.graphScrollY > 0 { buffer.write("▲", x: area.maxX - 3, y: area.y, style: style) }
    if state.graphScrollY + inner.height < layout.height { buffer.write("▼", x: area.maxX - 3, y: area.maxY - 1, style: style) }
    if state.graphScrollX > 0 { buffer.write("◀", x: area.x, y: area.y + area.height / 2, style: style) }
    if state.graphScrollX + inner.width < layout.width {
      buffer.write("▶", x: area.maxX - 1, y: area.y + area.height / 2, style: style)
    }
  }
}
