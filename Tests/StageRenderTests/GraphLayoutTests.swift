import StageRender
import Testing

@Suite struct GraphLayoutTests {
  @Test func diamondWithLabels() {
    let layout = GraphLayout(
      nodes: [
        GraphNode(id: "base", lines: ["base", "debian"]),
        GraphNode(id: "build", lines: ["build"]),
        GraphNode(id: "test", lines: ["test"]),
        GraphNode(id: "final", lines: ["final"], flags: .marked),
      ],
      edges: [
        GraphEdge(from: "base", to: "build"),
        GraphEdge(from: "base", to: "test"),
        GraphEdge(from: "build", to: "final", kind: .dashed, label: "/app/bin"),
        GraphEdge(from: "test", to: "final", kind: .dotted, label: "report.xml"),
      ])
    let buffer = rendered(GraphView(layout: layout), width: layout.width + 2, height: layout.height)
    expectLines(buffer, [])
  }
}
