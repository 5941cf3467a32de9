import DockerfileSyntax
import Foundation
import Testing
@testable import StageAnalysis

@Test func everyLayerOfEveryExampleHasProvenanceKindAndBasis() throws {
  let examples = ExampleFiles.examples
  #expect(examples.count >= 6)
  for example in examples {
    let data = try Data(contentsOf: example.directory.appendingPathComponent("Dockerfile"))
    let dockerfile = Dockerfile.parse(Array(data))
    let report = SizeModel().report(
      graph: StageGraph(dockerfile: dockerfile), file: example.name,
      context: DiskBuildContext(root: example.directory.path), dockerfilePath: "Dockerfile")
    #expect(report.stages.count == StageGraph(dockerfile: dockerfile).stages.count)
    for stage in report.stages {
      #expect(stage.layers.count == 1 + (StageGraph(dockerfile: dockerfile).stages[stage.index].commands.count))
      for layer in stage.layers {
        let figure = layer.figure
        #expect(figure.kind == .content, "\(example.name):\(layer.line)")
        #expect(!figure.basis.isEmpty, "\(example.name):\(layer.line)")
        #expect(figure.low <= figure.bytes && figure.bytes <= figure.high, "\(example.name):\(layer.line)")
        if figure.provenance == .estimate && figure.low != figure.high {
          #expect(figure.basis.contains("estimate") || layer.keyword == "FROM", "\(example.name):\(layer.line) \(figure.basis)")
        }
        if figure.provenance == .unknown {
          #expect(figure.basis.contains("unknown"), "\(example.name):\(layer.line)")
        }
      }
    }
    let json = JSONSizeFormat.render(report)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let stages = try #require(object["stages"] as? [[String: Any]])
    for stage in stages {
      for layer in try #require(stage["layers"] as? [[String: Any]]) {
        #expect(layer["provenance"] is String)
        #expect(layer["kind"] as? String == "content")
        #expect((layer["basis"] as? String)?.isEmpty == false)
        #expect(layer["instruction"] is String)
      }
    }
  }
}
