/// The edges into each stage, in edge order, kept in two flat tables (a counting sort by target).
struct IncomingEdges {
  /// `order[start[stage]..<start[stage + 1]]` are the edges into `stage`.
  private let start: [Int]
  /// Edge indices grouped by target.
  private let order: [Int]

  /// Groups `edges` by their target stage.
  init(_ edges: [StageEdge], stageCount: Int) {
    var start = [Int](repeating: 0, count: stageCount + 1)
    for index in edges.indices { start[edges[index].target + 1] += 1 }
    for stage in 0..<stageCount { start[stage + 1] += start[stage] }
    var next = start
    var order = [Int](repeating: 0, count: edges.count)
    for index in edges.indices {
      let target = edges[index].target
      order[next[target]] = index
      next[target] += 1
    }
    self.start = start
    self.order = order
  }

  /// The indices of the edges into `stage`, in the order the edges were added.
  func edges(into stage: Int) -> ArraySlice<Int> {
    order[start[stage]..<start[stage + 1]]
  }
}
