import StageRender
import Testing

@Suite struct GraphLayoutTests {
  static let diamond = GraphLayout(
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

  @Test func diamondWithLabels() {
    let layout = GraphLayoutTests.diamond
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "    ┌────────┐          ",
        "    │ base   │          ",
        "    │ debian │          ",
        "    └──┬───┬─┘          ",
        "    ┌──┘   └───┐        ",
        "    ▼          ▼        ",
        "┌───────┐  ┌──────┐     ",
        "│ build │  │ test │     ",
        "└───┬───┘  └───┬──┘     ",
        "    └╌╌╌┐   ┌┈┈┘        ",
        " /app/… ▼   ▼ report.xml",
        "      ┏━━━━━━━┓         ",
        "      ┃ final ┃         ",
        "      ┗━━━━━━━┛         ",
      ])
    #expect(layout.layerOrder == [["base"], ["build", "test"], ["final"]])
    #expect(layout.crossings == 0)
  }
}
