import DockerfileInstructions
import DockerfileSyntax
import Foundation
import StageAnalysis
import Testing

/// Over every corpus file: export without swaps is byte-identical; with swaps only `FROM` spans change.
@Suite struct CorpusExportTests {
  static let files: [URL] = {
    let corpus = WhatIfFixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    guard let groups = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return [] }
    return groups.sorted().flatMap { group -> [URL] in
      let directory = corpus.appendingPathComponent(group).appendingPathComponent("files")
      let enumerator = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: [.isRegularFileKey])
      let urls = (enumerator?.allObjects as? [URL]) ?? []
      return urls.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        .sorted { $0.path < $1.path }
    }
  }()

  @Test func everyCorpusFileExportsByteIdenticalWithoutSwaps() throws {
    for url in Self.files {
      let bytes = Array(try Data(contentsOf: url))
      let dockerfile = Dockerfile.parse(bytes)
      let graph = StageGraph(dockerfile: dockerfile)
      let plan = try SwapEditPlan(swaps: SwapSet(), dockerfile: dockerfile, graph: graph)
      #expect(plan.edits.isEmpty)
      #expect(dockerfile.applying(plan.edits).printed() == bytes, "\(url.lastPathComponent)")
    }
  }

  @Test func swappingEveryLiteralBaseChangesOnlyFromSpans() throws {
    let image = "alpine:3.20"
    var swappedFiles = 0
    for url in Self.files {
      let bytes = Array(try Data(contentsOf: url))
      let dockerfile = Dockerfile.parse(bytes)
      let graph = StageGraph(dockerfile: dockerfile)
      let literal = graph.stages.filter {
        !$0.from.baseNameHasVariables && $0.from.baseNameRange != nil && $0.base.stageIndex == nil
      }
      guard !literal.isEmpty, graph.stage(named: image) == nil else { continue }
      let swaps = SwapSet(literal.map { BaseImageSwap(stage: $0.index, image: try! ImageReference.parse(image).get()) })
      let plan = try SwapEditPlan(swaps: swaps, dockerfile: dockerfile, graph: graph)
      let output = dockerfile.applying(plan.edits).printed()
      var expected: [UInt8] = []
      var cursor = 0
      for edit in plan.edits {
        #expect(literal.contains { $0.from.baseNameRange == edit.range })
        expected += bytes[cursor..<edit.range.lowerBound]
        expected += edit.replacement
        cursor = edit.range.upperBound
      }
      expected += bytes[cursor...]
      #expect(output == expected, "\(url.lastPathComponent)")
      let reparsed = StageGraph(dockerfile: Dockerfile.parse(output))
      #expect(reparsed.stages.count == graph.stages.count, "\(url.lastPathComponent)")
      for stage in literal where reparsed.stages.indices.contains(stage.index) {
        #expect(reparsed.stages[stage.index].base.expanded == image, "\(url.lastPathComponent)")
        #expect(reparsed.stages[stage.index].name == stage.name, "\(url.lastPathComponent)")
      }
      #expect(reparsed.edges.filter { $0.kind != .base }.count == graph.edges.filter { $0.kind != .base }.count)
      swappedFiles += 1
    }
    #expect(Self.files.isEmpty || swappedFiles > 100)
  }
}
