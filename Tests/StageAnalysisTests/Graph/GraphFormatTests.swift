import Foundation
import StageAnalysis
import Testing

@Suite("Graph exporters")
struct GraphFormatTests {
  static let sample = MarkedSource(
    """
    ARG GO=1.22
    FROM --platform=$BUILDPLATFORM golang:${GO} AS build
    RUN --mount=type=bind,from=tools,source=/bin,target=/tools true
    FROM alpine AS tools
    FROM build AS "quoted\\\\name"
    FROM scratch AS final
    COPY --from=build /very/long/path/that/keeps/going/and/going/for/ever /out/app /usr/bin/
    COPY --from=nginx:1.27 /etc/nginx /etc/nginx
    """)

  @Test("JSON has stages, edges, target and diagnostics with stable keys and exact integers")
  func jsonShape() throws {
    let graph = Self.sample.graph()
    let text = JSONGraphFormat.render(graph)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["stages", "edges", "target", "diagnostics"])
    let stages = try #require(object["stages"] as? [[String: Any]])
    #expect(stages.count == 4)
    for key in ["index", "name", "base", "base_stage", "platform", "reachable"] {
      #expect(stages.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
    }
    #expect(stages[0]["index"] as? Int == 0)
    #expect(stages[0]["base"] as? String == "golang:1.22")
    #expect(stages[0]["platform"] as? String == "linux/amd64")
    #expect(stages[2]["base_stage"] as? Int == 0)
    #expect(stages[0]["base_stage"] is NSNull)
    #expect(stages[1]["reachable"] as? Bool == true)
    #expect(stages[2]["reachable"] as? Bool == false)
    let edges = try #require(object["edges"] as? [[String: Any]])
    let copy = try #require(edges.first { $0["kind"] as? String == "copy" && $0["from"] is Int })
    #expect(copy["from"] as? Int == 0)
    #expect(copy["to"] as? Int == 3)
    #expect((copy["paths"] as? [String])?.count == 2)
    let image = try #require(edges.first { $0["kind"] as? String == "copy" && $0["from"] is String })
    #expect(image["from"] as? String == "nginx:1.27")
    let target = try #require(object["target"] as? [String: Any])
    #expect(target["index"] as? Int == 3)
    #expect(target["name"] as? String == "final")
    let keyOrder = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(keyOrder.map { String($0.prefix(8)) } == ["\"stages\"", "\"edges\":", "\"target\"", "\"diagnos"])
  }

  @Test("JSON diagnostics carry line and column")
  func jsonDiagnostics() throws {
    let marked = MarkedSource("FROM alpine\nCOPY --from=1️⃣7 /a /b\n")
    let text = JSONGraphFormat.render(marked.graph())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?["line"] as? Int == 2)
    #expect(diagnostics.first?["column"] as? Int == 13)
    #expect(diagnostics.first?["severity"] as? String == "error")
  }

  @Test("DOT escapes labels, styles images, scratch, mounts, unbuilt stages and the target")
  func dotText() {
    let dot = DOTGraphFormat.render(Self.sample.graph())
    #expect(dot.hasPrefix("digraph stages {"))
    #expect(dot.contains("image0 [label=\"golang:1.22\", style=dashed];"))
    #expect(dot.contains("style=\"dotted,filled\""))
    #expect(dot.contains("stage3 [label=\"3: final\", style=\"rounded,bold\", penwidth=2.5];"))
    #expect(dot.contains("stage1 -> stage0 [style=dotted"))
    #expect(dot.contains(#"stage2 [label="2: \"quoted\\\\name\""#))
    #expect(dot.contains("…"))
    #expect(dot.contains("color=gray60"))
  }

  @Test("DOT output renders with Graphviz", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
  func dotRenders() throws {
    for marked in [Self.sample, MarkedSource(ReachabilityTests.dockerfile), MarkedSource("FROM alpine AS a\nCOPY --from=a / /\n")] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
      process.arguments = ["-Tsvg"]
      let input = Pipe()
      let output = Pipe()
      let errors = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      input.fileHandleForWriting.write(Data(DOTGraphFormat.render(marked.graph()).utf8))
      try input.fileHandleForWriting.close()
      let svg = output.fileHandleForReading.readDataToEndOfFile()
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "dot failed: \(message)")
      #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
  }

  @Test("Mermaid is a flowchart with the same nodes and edges")
  func mermaid() {
    let text = MermaidGraphFormat.render(Self.sample.graph())
    #expect(text.hasPrefix("flowchart LR\n"))
    #expect(text.contains("stage1 -. \"mount /bin → /tools\" .-> stage0"))
    #expect(text.contains("image2((\"scratch\"))"))
    #expect(text.contains("stage2[\"2: #quot;quoted"))
    #expect(text.contains("class stage2 unreachable"))
    #expect(text.contains("class stage3 target"))
  }

  @Test("Text marks the target and unbuilt stages and lists edges both ways")
  func text() {
    let text = TextGraphFormat.render(Self.sample.graph())
    #expect(text.hasPrefix("target: [3] final (last stage)\n"))
    #expect(text.contains("  line 5  [not built]"))
    #expect(text.contains("* [3] final  line 6  [target]"))
    #expect(text.contains("<- copy from [0] build:"))
    #expect(text.contains("-> copy to [3] final:"))
    #expect(text.contains("FROM golang:${GO} = golang:1.22 (image docker.io/library/golang:1.22)"))
  }
}
