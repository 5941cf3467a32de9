import DockerfileSyntax
import StageAnalysis
import Testing
import _StageTestSupport

/// Properties of the analyzer and the exporter over generated multi-stage files
/// (fixed seeds): analysis terminates with a consistent graph, sizing over an
/// in-memory context finishes, and swap exports touch only base lines, keep
/// every other byte, re-parse, and keep the stage count.
@Suite("Analysis and export properties over generated Dockerfiles")
struct AnalysisPropertyTests {
  static let seeds: [UInt64] = [3, 11, 99, 0xA11CE, 2026]
  static let filesPerSeed = 40

  @Test("the graph is consistent: edges and target point at stages", arguments: seeds)
  func graphIsConsistent(seed: UInt64) {
    var generator = StageFileGenerator(seed: seed)
    for index in 0..<Self.filesPerSeed {
      let (text, count) = generator.dockerfile()
      let dockerfile = Dockerfile.parse(text)
      let graph = StageGraph(dockerfile: dockerfile)
      let label = "seed \(seed) file \(index):\n\(text)"
      #expect(graph.stages.count == count, "\(label)")
      #expect(graph.stages.map(\.index) == Array(0..<graph.stages.count), "\(label)")
      for edge in graph.edges {
        #expect(graph.stages.indices.contains(edge.target), "\(label)")
        if let source = edge.source.stageIndex {
          #expect(graph.stages.indices.contains(source), "\(label)")
        }
      }
      if let target = graph.targetIndex {
        #expect(graph.stages[target].isTarget && graph.stages[target].isReachable, "\(label)")
      }
      for diagnostic in graph.diagnostics {
        #expect(diagnostic.range.upperBound <= dockerfile.source.bytes.count, "\(label)")
      }
      _ = JSONGraphFormat.render(graph)
      _ = DOTGraphFormat.render(graph)
    }
  }

  @Test("sizing over an in-memory context terminates with a figure per stage", arguments: seeds)
  func sizingTerminates(seed: UInt64) {
    var generator = StageFileGenerator(seed: seed)
    let model = SizeModel()
    for index in 0..<Self.filesPerSeed / 2 {
      let (text, _) = generator.dockerfile()
      let dockerfile = Dockerfile.parse(text)
      let graph = StageGraph(dockerfile: dockerfile)
      let report = model.report(
        graph: graph, file: "Dockerfile", context: generator.context(), dockerfilePath: "Dockerfile",
        escapeToken: dockerfile.escapeToken)
      #expect(report.stages.count == graph.stages.count, "seed \(seed) file \(index):\n\(text)")
    }
  }

  @Test("swap exports edit only base lines, keep the rest, and re-parse", arguments: seeds)
  func exportsReparse(seed: UInt64) {
    var generator = StageFileGenerator(seed: seed)
    var random = SplitMix64(state: seed ^ 0x5A4B)
    var planned = 0
    for index in 0..<Self.filesPerSeed {
      let (text, _) = generator.dockerfile()
      let dockerfile = Dockerfile.parse(text)
      let graph = StageGraph(dockerfile: dockerfile)
      var swaps = SwapSet()
      for _ in 0..<(1 + random.below(3)) {
        let stage = random.below(graph.stages.count)
        if let swap = try? BaseImageSwap(stage: stage, imageText: random.pick(StageFileGenerator.images)) {
          swaps.set(swap)
        }
      }
      guard let plan = try? SwapEditPlan(swaps: swaps, dockerfile: dockerfile, graph: graph) else { continue }
      planned += 1
      let label = "seed \(seed) file \(index):\n\(text)"
      let baseLines = ExportInvariants.baseLineRanges(dockerfile)
      for edit in plan.edits {
        #expect(baseLines.contains { $0.lowerBound <= edit.range.lowerBound && edit.range.upperBound <= $0.upperBound }, "\(label)")
      }
      let exported = dockerfile.applying(plan.edits).printed()
      #expect(exported == ExportInvariants.splice(dockerfile.source.bytes, plan.edits), "\(label)")
      let reparsed = Dockerfile.parse(exported)
      #expect(reparsed.printed() == exported, "\(label)")
      let swappedGraph = StageGraph(dockerfile: reparsed)
      #expect(swappedGraph.stages.count == graph.stages.count, "\(label)")
      for swap in swaps.swaps where !graph.stages[swap.stage].from.baseNameHasVariables {
        #expect(swappedGraph.stages[swap.stage].base.expanded == swap.imageText, "\(label)")
      }
    }
    #expect(planned > Self.filesPerSeed / 3, "too few files could be swapped to test anything")
  }
}

/// What an export may touch, and the reference splice.
enum ExportInvariants {
  /// The byte ranges of `FROM` instructions and of `ARG`s before the first `FROM`.
  static func baseLineRanges(_ dockerfile: Dockerfile) -> [Range<Int>] {
    let firstFrom = dockerfile.instructions.firstIndex { $0.command == "from" } ?? dockerfile.instructions.count
    return dockerfile.instructions.enumerated().compactMap { index, instruction in
      instruction.command == "from" || (instruction.command == "arg" && index < firstFrom) ? instruction.range : nil
    }
  }

  /// `source` with the edits spliced in.
  static func splice(_ source: [UInt8], _ edits: [TextEdit]) -> [UInt8] {
    var result: [UInt8] = []
    var cursor = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      result += source[cursor..<edit.range.lowerBound]
      result += edit.replacement
      cursor = edit.range.upperBound
    }
    return result + source[cursor...]
  }
}
