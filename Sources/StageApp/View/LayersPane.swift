import StageAnalysis
import StageRender

/// The layers pane: the selected stage's instructions with size, bar and provenance; totals at the bottom.
struct LayersPane: Widget {
  var state: AppState

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let stageName = state.stageName(state.selectedStage)
    let order = state.layerSort == .size ? "by size" : "in file order"
    let block = Block(title: "Layers · \(stageName) · \(order)", isActive: state.focus == .layers)
    block.render(in: area, into: &buffer, theme: theme)
    let inner = block.inner(area)
    guard inner.height >= 3, inner.width >= 20 else { return }
    let rows = LayerRow.rows(for: state)
    let kind = state.sizes?.sizeKind.rawValue ?? "content"
    let columns = Columns(width: inner.width)
    let header = Line([
      Span(" " + pad("LINE", 5, right: true) + " ", role: .title),
      Span(pad("INSTRUCTION", columns.text), role: .title),
      Span(" " + pad("SIZE", columns.size, right: true) + " ", role: .title),
      Span(DisplayWidth.truncate(kind, toColumns: columns.bar), role: .textDim),
    ])
    header.draw(x: inner.x, y: inner.y, clip: inner, into: &buffer, theme: theme)
    let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2)
    let visible = state.layerList.scrolledToSelection(visibleRows: body.height, count: rows.count)
    let maximum = Double(rows.compactMap { $0.figure?.bytes }.max() ?? 0)
    for offset in 0..<body.height {
      let index = visible.offset + offset
      guard index < rows.count else { break }
      let y = body.y + offset
      let selected = index == visible.selected && state.focus != .graph
      let base: Style? = selected ? theme.style(.selection) : nil
      if let base { buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: base) }
      drawRow(rows[index], columns: columns, x: body.x, y: y, clip: body, maximum: maximum, base: base, buffer: &buffer, theme: theme)
    }
    drawTotals(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), buffer: &buffer, theme: theme)
  }

  private struct Columns {
    var text: Int
    var size: Int = 8
    var bar: Int

    init(width: Int) {
      bar = max(4, min(16, width / 5))
      text = max(4, width - 7 - 10 - bar)
    }
  }

  private func drawRow(
    _ row: LayerRow, columns: Columns, x: Int, y: Int, clip: Rect, maximum: Double, base: Style?,
    buffer: inout CellBuffer, theme: Theme
  ) {
    let mark = row.figure.map { SizeText.mark($0.provenance) } ?? " "
    let markRole = row.figure.map { SizeText.role($0.provenance) } ?? ThemeRole.textDim
    let sizeText: String
    if let figure = row.figure {
      sizeText = row.isEmptyLayer ? "—" : SizeText.figure(figure)
    } else {
      sizeText = "…"
    }
    var spans = [
      Span(mark, role: markRole),
      Span(pad(String(row.line), 5, right: true) + " ", role: .textDim),
      Span(pad(row.keyword, 7) + " ", role: row.keyword == "FROM" ? .edgeBase : .title),
      Span(pad(String(row.text.drop { !$0.isWhitespace }.drop { $0.isWhitespace }), columns.text - 8), role: .text),
      Span(" " + pad(sizeText, columns.size, right: true) + " ", role: row.isEmptyLayer ? .textDim : .sizeNumber),
    ]
    if let figure = row.figure, figure.kind != state.sizes?.sizeKind {
      spans.append(Span(figure.kind.rawValue, role: .textDim))
    }
    let end = Line(spans).draw(x: x, y: y, clip: clip, into: &buffer, theme: theme, highlight: base)
    if let figure = row.figure, !row.isEmptyLayer, figure.kind == state.sizes?.sizeKind {
      Bar(value: Double(figure.bytes), maximum: maximum)
        .render(in: Rect(x: end, y: y, width: min(columns.bar, clip.maxX - end), height: 1), into: &buffer, theme: theme)
    }
  }

  private func drawTotals(_ row: Rect, buffer: inout CellBuffer, theme: Theme) {
    var spans: [Span] = []
    if let stage = state.selectedStageSizes {
      spans += [
        Span("stage ", role: .textDim), Span(SizeText.figure(stage.total), role: .sizeNumber),
        Span(" " + SizeText.mark(stage.total.provenance), role: SizeText.role(stage.total.provenance)),
      ]
    } else {
      spans.append(Span("sizing…", role: .textDim))
    }
    if let final = state.sizes?.finalImage {
      spans += [
        Span("  final \(state.sizes?.target ?? "image") ", role: .textDim), Span(SizeText.figure(final), role: .stageTarget),
        Span(" " + SizeText.mark(final.provenance), role: SizeText.role(final.provenance)),
      ]
    }
    Line(spans).draw(x: row.x + 1, y: row.y, clip: row, into: &buffer, theme: theme)
  }
}

/// `text` cut or padded with spaces to `width` columns.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
  let cut = DisplayWidth.truncate(text, toColumns: max(0, width))
  let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  return right ? fill + cut : cut + fill
}
