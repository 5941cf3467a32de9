extension GraphLayoutBuilder {
  /// Draws every chain into the line grid, then places arrow heads and labels.
  mutating func route() {
    let contentWidth = vertices.map { $0.x + $0.width }.max() ?? 0
    let hasLabels = edges.contains { !($0.label ?? "").isEmpty }
    let height = layers.indices.last.map { bandTops[$0] + bandHeights[$0] } ?? 0
    grid = LineGrid(width: contentWidth + (hasLabels ? options.maxLabelWidth + 3 : 0), height: height)
    drawingWidth = contentWidth
    for rect in nodeRects {
      for y in rect.y..<rect.maxY {
        for x in rect.x..<rect.maxX { grid.reserve(x: x, y: y) }
      }
    }
    var ends: [(chain: Int, x: Int, y: Int)] = []
    for (chainIndex, chain) in chains.enumerated() {
      let edge = edges[chain.edge]
      var points: [(x: Int, y: Int)] = []
      for segmentIndex in chain.segments {
        for point in path(of: segments[segmentIndex]) {
          if let last = points.last, last.x == point.x, last.y == point.y { continue }
          points.append(point)
        }
      }
      for index in points.indices.dropFirst() {
        grid.line(from: points[index - 1], to: points[index], kind: edge.kind, owner: chain.edge)
      }
      guard let first = points.first, let last = points.last else { continue }
      if chain.reversed {
        if edge.hasArrow, points.count > 1 {
          arrows.append(GraphLayout.Arrow(x: first.x, y: first.y + 1, glyph: "▲", edge: chain.edge))
        }
        ends.append((chainIndex, first.x, first.y + 1))
      } else {
        if edge.hasArrow {
          arrows.append(GraphLayout.Arrow(x: last.x, y: last.y, glyph: "▼", edge: chain.edge))
        }
        ends.append((chainIndex, last.x, last.y))
      }
    }
    for arrow in arrows { grid.reserve(x: arrow.x, y: arrow.y) }
    for end in ends {
      guard let label = edges[chains[end.chain].edge].label, !label.isEmpty else { continue }
      placeLabel(label, besideX: end.x, y: end.y, edge: chains[end.chain].edge)
    }
  }

  /// The corner points of one segment: down from the upper end to its track, across, down to the lower end.
  private func path(of segment: Segment) -> [(x: Int, y: Int)] {
    let upper = vertices[segment.upper]
    let lower = vertices[segment.lower]
    let startY = upper.node != nil ? bandTops[upper.layer] + upper.height - 1 : bandTops[upper.layer]
    let endY =
      lower.node != nil ? bandTops[lower.layer] - 1 : bandTops[lower.layer] + bandHeights[lower.layer] - 1
    var points: [(x: Int, y: Int)] = [(segment.upperX, startY)]
    if upper.node == nil {
      points.append((segment.upperX, bandTops[upper.layer] + bandHeights[upper.layer] - 1))
    }
    if segment.upperX != segment.lowerX {
      let trackY = bandTops[upper.layer] + bandHeights[upper.layer] + segment.track
      points.append((segment.upperX, trackY))
      points.append((segment.lowerX, trackY))
    }
    points.append((segment.lowerX, endY))
    return points
  }

  /// Puts a label in the longest free run of cells right or left of (`x`, `y`), abbreviated to fit.
  private mutating func placeLabel(_ text: String, besideX x: Int, y: Int, edge: Int) {
    guard y >= 0, y < grid.height else { return }
    var rightRun = 0
    while x + 2 + rightRun < grid.width && grid.isFree(x: x + 2 + rightRun, y: y)
      && rightRun < options.maxLabelWidth + 1 && grid.isFree(x: x + 1, y: y)
    {
      rightRun += 1
    }
    var leftRun = 0
    while x - 2 - leftRun >= 0 && grid.isFree(x: x - 2 - leftRun, y: y)
      && leftRun < options.maxLabelWidth + 1 && grid.isFree(x: x - 1, y: y)
    {
      leftRun += 1
    }
    let wanted = min(options.maxLabelWidth, DisplayWidth.of(text))
    let useRight = rightRun > wanted || rightRun >= leftRun
    let room = max(0, (useRight ? rightRun : leftRun) - 1)
    guard room >= 3 || room >= DisplayWidth.of(text) else { return }
    let fitted = DisplayWidth.truncate(text, toColumns: min(room, options.maxLabelWidth))
    guard !fitted.isEmpty else { return }
    let fittedWidth = DisplayWidth.of(fitted)
    let start = useRight ? x + 2 : x - 1 - fittedWidth
    labels.append(GraphLayout.PlacedLabel(x: start, y: y, text: fitted, edge: edge))
    drawingWidth = max(drawingWidth, start + fittedWidth)
    for column in (start - 1)...(start + fittedWidth) { grid.reserve(x: column, y: y) }
  }
}
