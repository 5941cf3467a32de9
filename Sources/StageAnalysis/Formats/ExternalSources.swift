/// The images outside the file that a graph uses, numbered in order of first use.
struct ExternalSources {
  /// Each image reference with whether any stage that uses it is built.
  private(set) var references: [String] = []
  private(set) var isUsedByReachableStage: [String: Bool] = [:]
  private var numbers: [String: Int] = [:]

  init(_ graph: StageGraph) {
    for edge in graph.edges {
      guard case .image(let reference) = edge.source else { continue }
      if numbers[reference] == nil {
        numbers[reference] = references.count
        references.append(reference)
      }
      let reachable = graph.stages[edge.target].isReachable
      isUsedByReachableStage[reference] = (isUsedByReachableStage[reference] ?? false) || reachable
    }
  }

  /// The position of `reference` among the images.
  func number(of reference: String) -> Int { numbers[reference] ?? 0 }
}
