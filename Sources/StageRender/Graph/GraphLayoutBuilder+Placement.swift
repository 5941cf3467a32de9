extension GraphLayoutBuilder {
  /// Box sizes from the node text; dummies are one column wide.
  mutating func sizeVertices() {
    for index in vertices.indices {
      guard let node = vertices[index].node else { continue }
      let textWidth = nodes[node].lines.map { DisplayWidth.of($0) }.max() ?? 0
      vertices[index].width = min(options.maxNodeWidth, max(5, textWidth + 4))
      vertices[index].height = max(1, nodes[node].lines.count) + 2
    }
  }

  private func gap(_ left: Int, _ right: Int) -> Int {
    vertices[left].node != nil && vertices[right].node != nil ? options.horizontalGap : 1
  }

  private func centre(_ vertex: Int) -> Int { vertices[vertex].x + vertices[vertex].width / 2 }

  /// Places layers top-down under the mean centre of their upper neighbours, then pulls nodes with
  /// nothing above towards the mean centre of their lower neighbours, never reordering a layer.
  mutating func placeHorizontally() {
    for layer in layers.indices {
      var right = 0
      for (offset, vertex) in layers[layer].enumerated() {
        let minimum = offset == 0 ? 0 : right + gap(layers[layer][offset - 1], vertex)
        let ups = vertices[vertex].upper
        var x = minimum
        if !ups.isEmpty {
          let desired = ups.reduce(0) { $0 + centre($1) } / ups.count - vertices[vertex].width / 2
          x = max(minimum, desired)
        }
        vertices[vertex].x = x
        right = x + vertices[vertex].width
      }
    }
    for layer in layers.indices.reversed() {
      let row = layers[layer]
      for (offset, vertex) in row.enumerated() where vertices[vertex].upper.isEmpty {
        let lows = vertices[vertex].lower
        guard !lows.isEmpty else { continue }
        let desired = lows.reduce(0) { $0 + centre($1) } / lows.count - vertices[vertex].width / 2
        let minimum =
          offset == 0
          ? 0
          : vertices[row[offset - 1]].x + vertices[row[offset - 1]].width
            + gap(row[offset - 1], vertex)
        let maximum =
          offset == row.count - 1
          ? Int.max : vertices[row[offset + 1]].x - gap(vertex, row[offset + 1]) - vertices[vertex].width
        guard maximum >= minimum else { continue }
        vertices[vertex].x = min(maximum, max(minimum, desired))
      }
    }
  }

  /// Spreads each vertex's segment ends along its bottom (outgoing) and top (incoming) border.
  mutating func assignPorts() {
    var outgoing = [[Int]](repeating: [], count: vertices.count)
    var incoming = [[Int]](repeating: [], count: vertices.count)
    for (index, segment) in segments.enumerated() {
      outgoing[segment.upper].append(index)
      incoming[segment.lower].append(index)
    }
    for vertex in vertices.indices {
      let down = outgoing[vertex].sorted {
        (vertices[segments[$0].lower].x, $0) < (vertices[segments[$1].lower].x, $1)
      }
      for (slot, segment) in down.enumerated() {
        segments[segment].upperX = port(of: vertex, slot: slot, count: down.count)
      }
      let up = incoming[vertex].sorted {
        (vertices[segments[$0].upper].x, $0) < (vertices[segments[$1].upper].x, $1)
      }
      for (slot, segment) in up.enumerated() {
        segments[segment].lowerX = port(of: vertex, slot: slot, count: up.count)
      }
    }
  }

  /// Moves arrow ends off columns where another segment leaves the layer above, so a line
  /// running down into a box never meets a different line running down out of one.
  mutating func separatePorts() {
    var byLayer = [[Int]](repeating: [], count: layers.count)
    for (index, segment) in segments.enumerated() { byLayer[vertices[segment.upper].layer].append(index) }
    for gapSegments in byLayer {
      var sources = Set(gapSegments.map { segments[$0].upperX })
      var targets = Set(gapSegments.map { segments[$0].lowerX })
      for index in gapSegments {
        let segment = segments[index]
        guard segment.upperX != segment.lowerX else { continue }
        if sources.contains(segment.lowerX), vertices[segment.lower].node != nil,
          let moved = freeColumn(near: segment.lowerX, in: segment.lower, avoiding: sources.union(targets))
        {
          targets.insert(moved)
          segments[index].lowerX = moved
        } else if targets.contains(segment.upperX),
          gapSegments.contains(where: { $0 != index && segments[$0].lowerX == segment.upperX }),
          vertices[segment.upper].node != nil,
          let moved = freeColumn(near: segment.upperX, in: segment.upper, avoiding: sources.union(targets))
        {
          sources.insert(moved)
          segments[index].upperX = moved
        }
      }
    }
  }

  private func freeColumn(near column: Int, in vertex: Int, avoiding taken: Set<Int>) -> Int? {
    let box = vertices[vertex]
    for distance in 1..<max(2, box.width) {
      for candidate in [column + distance, column - distance]
      where candidate > box.x && candidate < box.x + box.width - 1 && !taken.contains(candidate) {
        return candidate
      }
    }
    return nil
  }

  private func port(of vertex: Int, slot: Int, count: Int) -> Int {
    let box = vertices[vertex]
    guard box.node != nil else { return box.x }
    let inner = box.width - 2
    return box.x + 1 + (2 * slot + 1) * inner / (2 * count)
  }

  /// Gives each bending segment a track row in the gap below its upper layer; segments whose
  /// horizontal spans overlap get different tracks.
  mutating func assignTracks() {
    trackCounts = [Int](repeating: 0, count: layers.count)
    var byLayer = [[Int]](repeating: [], count: layers.count)
    for (index, segment) in segments.enumerated() where segment.upperX != segment.lowerX {
      byLayer[vertices[segment.upper].layer].append(index)
    }
    for layer in byLayer.indices {
      let ordered = byLayer[layer].sorted { first, second in
        let a = segments[first]
        let b = segments[second]
        return (min(a.upperX, a.lowerX), max(a.upperX, a.lowerX), first)
          < (min(b.upperX, b.lowerX), max(b.upperX, b.lowerX), second)
      }
      var trackEnds: [Int] = []
      for index in ordered {
        let low = min(segments[index].upperX, segments[index].lowerX)
        let high = max(segments[index].upperX, segments[index].lowerX)
        if let free = trackEnds.firstIndex(where: { $0 < low }) {
          segments[index].track = free
          trackEnds[free] = high
        } else {
          segments[index].track = trackEnds.count
          trackEnds.append(high)
        }
      }
      trackCounts[layer] = trackEnds.count
    }
  }

  /// Row of each layer band: band height is the tallest box; the gap below holds the tracks and the arrow
  /// row.
  mutating func placeVertically() {
    bandTops = []
    bandHeights = []
    var top = 0
    for layer in layers.indices {
      let height = layers[layer].map { vertices[$0].node != nil ? vertices[$0].height : 1 }.max() ?? 1
      bandTops.append(top)
      bandHeights.append(height)
      top += height + max(1, trackCounts[layer]) + 1
    }
    nodeRects = [Rect](repeating: .zero, count: nodes.count)
    for vertex in vertices {
      guard let node = vertex.node else { continue }
      nodeRects[node] = Rect(
        x: vertex.x, y: bandTops[vertex.layer], width: vertex.width, height: vertex.height)
    }
  }
}
