/// Draws a `GraphLayout` into a viewport, scrolled by an offset, with one node optionally selected.
public struct GraphView: Widget {
  public var layout: GraphLayout
  /// Layout column shown at the viewport's left edge.
  public var scrollX: Int
  /// Layout row shown at the viewport's top edge.
  public var scrollY: Int
  /// The id of the node drawn as selected.
  public var selectedID: String?

  /// A view of `layout`.
  public init(layout: GraphLayout, scrollX: Int = 0, scrollY: Int = 0, selectedID: String? = nil) {
    self.layout = layout
    self.scrollX = scrollX
    self.scrollY = scrollY
    self.selectedID = selectedID
  }

  /// The scroll offset closest to `current` that shows all of `rect` (its top-left part if it is larger than
  /// the viewport).
  public static func scroll(
    toReveal rect: Rect, viewportWidth: Int, viewportHeight: Int, from current: (x: Int, y: Int)
  ) -> (x: Int, y: Int) {
    func axis(_ start: Int, _ length: Int, _ view: Int, _ offset: Int) -> Int {
      if length >= view || start < offset { return max(0, start) }
      if start + length > offset + view { return start + length - view }
      return offset
    }
    return (
      axis(rect.x, rect.width, viewportWidth, current.x),
      axis(rect.y, rect.height, viewportHeight, current.y)
    )
  }

  /// This view scrolled the least needed to show the node `id` inside a viewport of the given size.
  public func revealing(_ id: String, viewportWidth: Int, viewportHeight: Int) -> GraphView {
    guard let rect = layout.rect(of: id) else { return self }
    var view = self
    let offset = GraphView.scroll(
      toReveal: rect, viewportWidth: viewportWidth, viewportHeight: viewportHeight, from: (scrollX, scrollY))
    view.scrollX = offset.x
    view.scrollY = offset.y
    return view
  }

  private func edgeStyle(_ edge: Int, theme: Theme) -> Style {
    let role = layout.edges[edge].role
    return layout.edgeTouchesDimmedNode[edge]
      ? theme.style(role).patched(with: theme.style(.stageUnreachable)) : theme.style(role)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let clip = area.intersection(buffer.area)
    guard !clip.isEmpty else { return }
    let grid = layout.grid
    var edgeStyles = [Style?](repeating: nil, count: layout.edges.count)
    func style(for edge: Int) -> Style {
      if let cached = edgeStyles[edge] { return cached }
      let computed = edgeStyle(edge, theme: theme)
      edgeStyles[edge] = computed
      return computed
    }
    for row in clip.y..<clip.maxY {
      let y = row - area.y + scrollY
      for column in clip.x..<clip.maxX {
        let x = column - area.x + scrollX
        let mask = grid.directions(x: x, y: y)
        guard mask != 0, let owner = grid.owner(x: x, y: y) else { continue }
        let glyph = BoxGlyphs.storage(mask: mask, kind: grid.kind(x: x, y: y))
        buffer.place(glyph, wide: false, x: column, y: row, style: style(for: owner), bounds: clip)
      }
    }
    let viewport = Rect(x: scrollX, y: scrollY, width: area.width, height: area.height)
    for (index, rect) in layout.nodeRects.enumerated() where !rect.intersection(viewport).isEmpty {
      drawNode(
        index, rect: rect.offsetBy(dx: area.x - scrollX, dy: area.y - scrollY), clip: clip, buffer: &buffer,
        theme: theme)
    }
    for arrow in layout.arrows where viewport.contains(column: arrow.x, row: arrow.y) {
      let column = arrow.x - scrollX + area.x
      let row = arrow.y - scrollY + area.y
      buffer.set(arrow.glyph, columns: 1, x: column, y: row, style: style(for: arrow.edge), clip: clip)
    }
    let labelStyle = theme.style(.edgeLabel)
    for label in layout.labels where label.y >= viewport.y && label.y < viewport.maxY {
      buffer.write(
        label.text, x: label.x - scrollX + area.x, y: label.y - scrollY + area.y, style: labelStyle,
        clip: clip)
    }
  }

  private func drawNode(_ index: Int, rect: Rect, clip: Rect, buffer: inout CellBuffer, theme: Theme) {
    let node = layout.nodes[index]
    let selected = node.id == selectedID
    let dimmed = node.flags.contains(.dimmed)
    let glyphs = node.flags.contains(.marked) ? BoxGlyphs.heavyStorage : BoxGlyphs.lightStorage
    var borderStyle = theme.style(dimmed ? .stageUnreachable : node.role)
    if selected { borderStyle = borderStyle.patched(with: theme.style(.borderActive)) }
    borderStyle.attributes.remove(.underline)
    let layoutRect = layout.nodeRects[index]
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    let interior = theme.style(.text)
    let bounds = clip.intersection(buffer.area)
    let top = max(rect.y, bounds.y)
    let end = min(rect.maxY, bounds.maxY)
    let first = max(rect.x, bounds.x)
    let last = min(rect.maxX, bounds.maxX)
    if top < end && first < last {
      for row in top..<end {
        for column in first..<last {
          let onTop = row == rect.y
          let onBottom = row == bottom
          let onLeft = column == rect.x
          let onRight = column == right
          guard onTop || onBottom || onLeft || onRight else {
            buffer.place(.space, wide: false, x: column, y: row, style: interior, bounds: bounds)
            continue
          }
          var mask: UInt8 = 0
          if onTop || onBottom {
            if !onLeft { mask |= LineGrid.left }
            if !onRight { mask |= LineGrid.right }
          }
          if onLeft || onRight {
            if !onTop { mask |= LineGrid.up }
            if !onBottom { mask |= LineGrid.down }
          }
          let layoutX = column - rect.x + layoutRect.x
          if onBottom && !onLeft && !onRight {
            mask |= layout.grid.directions(x: layoutX, y: layoutRect.maxY - 1) & LineGrid.down
          }
          buffer.place(glyphs[Int(mask)], wide: false, x: column, y: row, style: borderStyle, bounds: bounds)
        }
      }
    }
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
      .intersection(clip)
    for (offset, line) in node.lines.enumerated() {
      let role: ThemeRole = dimmed ? .stageUnreachable : (offset == 0 ? node.role : .textDim)
      var lineStyle = theme.style(role)
      if offset == 0 && selected { lineStyle = lineStyle.patched(with: theme.style(.selection)) }
      let text = DisplayWidth.truncate(line, toColumns: rect.width - 4)
      buffer.write(text, x: rect.x + 2, y: rect.y + 1 + offset, style: lineStyle, clip: inner)
    }
  }
}
