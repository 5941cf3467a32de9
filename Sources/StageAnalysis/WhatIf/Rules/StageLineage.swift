import DockerfileInstructions

/// A stage with the stages it is built `FROM`, root first, and the image at the root.
struct StageLineage: Sendable {
  /// Stage indices from the root stage to the stage itself.
  var chain: [Int]
  /// The image under the root stage (`scratch` for the empty image); nil when unresolved.
  var rootImage: String?

  init(stage: Int, graph: StageGraph) {
    var chain = [stage]
    var current = stage
    var root: String?
    var guardCount = 0
    while guardCount <= graph.stages.count {
      guardCount += 1
      switch graph.stages[current].base.kind {
      case .stage(let parent) where parent < current:
        chain.insert(parent, at: 0)
        current = parent
        continue
      case .image(let reference):
        root = reference.written
      case .scratch:
        root = "scratch"
      case .stage, .unresolved:
        root = nil
      }
      break
    }
    self.chain = chain
    self.rootImage = root
  }

  /// The commands of every stage in the chain, root first, with their stage.
  func commands(in graph: StageGraph) -> [(stage: Int, command: StageCommand)] {
    chain.flatMap { index in graph.stages[index].commands.map { (index, $0) } }
  }
}
