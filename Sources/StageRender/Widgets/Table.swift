/// Rows of cells under a header, with column widths from constraints and one selectable row.
public struct Table: Widget {
  /// Column headings.
  public var header: [String]
  /// Each row's cells, one per column.
  public var rows: [[Span]]
  /// How wide each column is.
  public var widths: [Constraint]
  public var state: ListState
  /// Columns between cells.
  public var columnSpacing: Int
  /// Which columns are right-aligned (numbers).
  public var rightAligned: Set<Int>

  /// A table.
  public init(
    header: [String], rows: [[Span]], widths: [Constraint], state: ListState = ListState(),
    columnSpacing: Int = 1, rightAligned: Set<Int> = []
  ) {
    self.header = header
    self.rows = rows
    self.widths = widths
    self.state = state
    self.columnSpacing = columnSpacing
    self.rightAligned = rightAligned
  }

  /// The column rectangles for one row at `y` within `area`.
  func columns(in area: Rect) -> [Rect] {
    var constraints: [Constraint] = []
    for (index, width) in widths.enumerated() {
      if index > 0 { constraints.append(.fixed(columnSpacing)) }
      constraints.append(width)
    }
    return area.split(.horizontal, constraints).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let columnRects = columns(in: Rect(x: area.x, y: area.y, width: area.width, height: 1))
    let headerStyle = theme.style(.title)
    for (index, title) in header.enumerated() where index < columnRects.count {
      draw(
        Span(title, role: .title), column: index, rect: columnRects[index], buffer: &buffer,
        style: headerStyle)
    }
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    let visible = state.scrolledToSelection(visibleRows: body.height, count: rows.count)
    for row in 0..<body.height {
      let index = visible.offset + row
      guard index < rows.count else { break }
      let y = body.y + row
      let isSelected = index == visible.selected
      if isSelected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme.style(.selection))
      }
      for (column, span) in rows[index].enumerated() where column < columnRects.count {
        let style =
          isSelected ? theme.style(.selection).patched(with: theme.style(span.role)) : theme.style(span.role)
        let rect = Rect(x: columnRects[column].x, y: y, width: columnRects[column].width, height: 1)
        draw(span, column: column, rect: rect, buffer: &buffer, style: style)
      }
    }
  }

  private func draw(_ span: Span, column: Int, rect: Rect, buffer: inout CellBuffer, style: Style) {
    let text = DisplayWidth.truncate(span.text, toColumns: rect.width)
    let x = rightAligned.contains(column) ? rect.maxX - DisplayWidth.of(text) : rect.x
    buffer.write(text, x: x, y: rect.y, style: style, clip: rect)
  }
}
