/// The edges into each stage, in edge order, kept in one flat table (a counting sort by target).
struct IncomingEdges {
  /// `table[stage]` is where the edges into `stage` start among the edge indices, which
  /// follow at `table[stageCount + 1...]`, grouped by target; `table[stageCount]` is their count.
  private let table: [Int]
  private let stageCount: Int

  /// Groups `edges` by their target stage.
  init(_ edges: [StageEdge], stageCount: Int) {
    var table = [Int](filling: 0, count: stageCount + 1 + edges.count)
    for index in edges.indices { table[edges[index].target + 1] += 1 }
    for stage in 0..<stageCount { table[stage + 1] += table[stage] }
    // Filled from the last edge back, each group ends up in edge order and each bound moves
    // from the group's end to its start.
    for index in edges.indices.reversed() {
      let target = edges[index].target
      table[target + 1] -= 1
      table[stageCount + 1 + table[target + 1]] = index
    }
    // `table[stage + 1]` is now the start of `stage`; shift the bounds down by one.
    for stage in 0..<stageCount { table[stage] = table[stage + 1] }
    table[stageCount] = edges.count
    self.table = table
    self.stageCount = stageCount
  }

  /// The indices of the edges into `stage`, in the order the edges were added.
  func edges(into stage: Int) -> ArraySlice<Int> {
    table[(stageCount + 1 + table[stage])..<(stageCount + 1 + table[stage + 1])]
  }
}
