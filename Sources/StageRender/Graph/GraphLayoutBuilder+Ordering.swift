extension GraphLayoutBuilder {
  /// Orders every layer by alternating downward and upward barycentre sweeps, keeping the order
  /// with the fewest crossings seen (the first one on ties).
  mutating func orderLayers() {
    var position = [Int](repeating: 0, count: vertices.count)
    func index(_ layers: [[Int]]) {
      for layer in layers {
        for (offset, vertex) in layer.enumerated() { position[vertex] = offset }
      }
    }
    index(layers)
    var best = layers
    var bestCrossings = countCrossings(layers, position: position)
    var sweep = 0
    while sweep < options.orderingSweeps && bestCrossings > 0 {
      for layer in layers.indices.dropFirst() {
        layers[layer] = sorted(layers[layer], by: \.upper, position: position)
        for (offset, vertex) in layers[layer].enumerated() { position[vertex] = offset }
      }
      for layer in layers.indices.reversed().dropFirst() {
        layers[layer] = sorted(layers[layer], by: \.lower, position: position)
        for (offset, vertex) in layers[layer].enumerated() { position[vertex] = offset }
      }
      let count = countCrossings(layers, position: position)
      if count < bestCrossings {
        bestCrossings = count
        best = layers
      }
      sweep += 1
    }
    layers = best
    crossings = bestCrossings
  }

  /// The layer sorted by the mean position of each vertex's neighbours; vertices without neighbours keep
  /// their place.
  private func sorted(_ layer: [Int], by neighbours: KeyPath<Vertex, [Int]>, position: [Int]) -> [Int] {
    let keyed = layer.enumerated().map { entry -> (vertex: Int, key: Double, place: Int) in
      let others = vertices[entry.element][keyPath: neighbours]
      guard !others.isEmpty else { return (entry.element, Double(entry.offset), entry.offset) }
      let sum = others.reduce(0) { $0 + position[$1] }
      return (entry.element, Double(sum) / Double(others.count), entry.offset)
    }
    return keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.place < $1.place }.map(\.vertex)
  }

  /// Crossings between all adjacent layers, counted with a Fenwick tree per layer pair.
  func countCrossings(_ layers: [[Int]], position: [Int]) -> Int {
    var total = 0
    for layer in layers.indices.dropLast() {
      var pairs: [(Int, Int)] = []
      for vertex in layers[layer] {
        for lower in vertices[vertex].lower { pairs.append((position[vertex], position[lower])) }
      }
      pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
      let size = layers[layer + 1].count
      var tree = [Int](repeating: 0, count: size + 1)
      var inserted = 0
      var start = 0
      while start < pairs.count {
        var end = start
        while end < pairs.count && pairs[end].0 == pairs[start].0 { end += 1 }
        for pair in pairs[start..<end] {
          var atOrBelow = 0
          var cursor = pair.1 + 1
          while cursor > 0 {
            atOrBelow += tree[cursor]
            cursor -= cursor & -cursor
          }
          total += inserted - atOrBelow
        }
        for pair in pairs[start..<end] {
          var cursor = pair.1 + 1
          while cursor <= size {
            tree[cursor] += 1
            cursor += cursor & -cursor
          }
          inserted += 1
        }
        start = end
      }
    }
    return total
  }
}
