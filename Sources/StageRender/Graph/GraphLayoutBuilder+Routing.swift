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
    var horizontals = [[(y: Int, from: Int, to: Int)]](repeating: [], count: chains.count)
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
        if points[index - 1].y == points[index].y {
          let ends = [points[index - 1].x, points[index].x]
          horizontals[chainIndex].append((points[index].y, ends.min() ?? 0, ends.max() ?? 0))
        }
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
      placeLabel(
        label, besideX: end.x, y: end.y, along: horizontals[end.chain], edge: chains[end.chain].edge)
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

  /// Puts a label where it fits best: beside the arrow head (right, then left) or on one of the
  /// edge's own horizontal pieces, abbreviated with `…` when no place is long enough.
  private mutating func placeLabel(
    _ text: String, besideX x: Int, y: Int, along pieces: [(y: Int, from: Int, to: Int)], edge: Int
  ) {
    guard y >= 0, y < grid.height else { return }
    let limit = options.maxLabelWidth
    let wanted = min(limit, DisplayWidth.of(text))
    var candidates: [(x: Int, y: Int, room: Int, alignRight: Bool)] = []
    if grid.isFree(x: x + 1, y: y) {
      var run = 0
      while run <= limit && grid.isFree(x: x + 2 + run, y: y) { run += 1 }
      candidates.append((x + 2, y, run - 1, false))
    }
    if grid.isFree(x: x - 1, y: y) {
      var run = 0
      while run <= limit && x - 2 - run >= 0 && grid.isFree(x: x - 2 - run, y: y) { run += 1 }
      candidates.append((x - 1 - run + 1, y, run - 1, true))
    }
    for piece in pieces {
      var column = piece.from + 1
      while column < piece.to {
        guard isPlainLine(x: column, y: piece.y, edge: edge) else {
          column += 1
          continue
        }
        var end = column
        while end + 1 < piece.to && isPlainLine(x: end + 1, y: piece.y, edge: edge) { end += 1 }
        candidates.append((column + 1, piece.y, end - column - 1, false))
        column = end + 1
      }
    }
    guard
      let best = candidates.first(where: { $0.room >= wanted })
        ?? candidates.max(by: { $0.room < $1.room }),
      best.room >= min(3, DisplayWidth.of(text))
    else { return }
    let fitted = DisplayWidth.truncate(text, toColumns: min(best.room, limit))
    guard !fitted.isEmpty else { return }
    let fittedWidth = DisplayWidth.of(fitted)
    let start = best.alignRight ? best.x + best.room - fittedWidth : best.x
    labels.append(GraphLayout.PlacedLabel(x: start, y: best.y, text: fitted, edge: edge))
    drawingWidth = max(drawingWidth, start + fittedWidth)
    for column in (start - 1)...(start + fittedWidth) { grid.reserve(x: column, y: best.y) }
  }

  /// Whether a cell holds only a straight horizontal piece of `edge`, free to carry a label.
  private func isPlainLine(x: Int, y: Int, edge: Int) -> Bool {
    grid.directions(x: x, y: y) == LineGrid.left | LineGrid.right && !grid.isReserved(x: x, y: y)
      && grid.owner(x: x, y: y) == edge
  }
}
