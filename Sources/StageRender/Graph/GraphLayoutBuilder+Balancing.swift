extension GraphLayoutBuilder {
  /// Sweeps of the layers, down then up, moving each vertex towards the mean centre of its
  /// neighbours in both adjacent layers, left or right, without reordering or overlapping a
  /// layer; the whole drawing is then shifted to start at column 0.
  ///
  /// Each layer is solved exactly for the least squared distance to the wanted positions under
  /// the order and spacing constraints (pool-adjacent-violators), so drift to one side, which
  /// a greedy left-to-right placement accumulates over many layers, is undone.
  mutating func balanceHorizontally(sweeps: Int = 4) {
    guard !layers.isEmpty else { return }
    for _ in 0..<sweeps {
      for layer in layers.indices { balance(layer) }
      for layer in layers.indices.reversed() { balance(layer) }
    }
    let left = vertices.map(\.x).min() ?? 0
    for index in vertices.indices { vertices[index].x -= left }
  }

  private func wantedLeft(_ vertex: Int) -> Int {
    let neighbours = vertices[vertex].upper + vertices[vertex].lower
    guard !neighbours.isEmpty else { return vertices[vertex].x }
    let sum = neighbours.reduce(0) { $0 + vertices[$1].x * 2 + vertices[$1].width }
    let centreTimesTwo = Double(sum) / Double(neighbours.count)
    return Int((centreTimesTwo / 2).rounded(.down)) - vertices[vertex].width / 2
  }

  private mutating func balance(_ layer: Int) {
    let row = layers[layer]
    guard !row.isEmpty else { return }
    var offsets: [Int] = []
    var running = 0
    for (index, vertex) in row.enumerated() {
      offsets.append(running)
      if index + 1 < row.count {
        running += vertices[vertex].width + spacing(vertex, row[index + 1])
      }
    }
    let targets = row.enumerated().map { Double(wantedLeft($0.element) - offsets[$0.offset]) }
    let solved = GraphLayoutBuilder.isotonic(targets)
    for (index, vertex) in row.enumerated() {
      vertices[vertex].x = Int(solved[index].rounded(.down)) + offsets[index]
    }
  }

  private func spacing(_ left: Int, _ right: Int) -> Int {
    vertices[left].node != nil && vertices[right].node != nil ? options.horizontalGap : 1
  }

  /// The non-decreasing sequence nearest (least squares) to `values`: pool adjacent violators.
  static func isotonic(_ values: [Double]) -> [Double] {
    var blocks: [(sum: Double, count: Int)] = []
    for value in values {
      blocks.append((value, 1))
      while blocks.count > 1 {
        let last = blocks[blocks.count - 1]
        let previous = blocks[blocks.count - 2]
        guard previous.sum / Double(previous.count) > last.sum / Double(last.count) else { break }
        blocks.removeLast(2)
        blocks.append((previous.sum + last.sum, previous.count + last.count))
      }
    }
    return blocks.flatMap { block in
      [Double](repeating: block.sum / Double(block.count), count: block.count)
    }
  }
}
