import StageRender
import Testing

@Suite struct GraphScenarioTests {
  @Test func orderingRemovesAvoidableCrossings() {
    let layout = GraphLayout(
      nodes: ["a", "b", "c", "d"].map { GraphNode(id: $0, lines: [$0]) },
      edges: [GraphEdge(from: "a", to: "d"), GraphEdge(from: "b", to: "c")])
    #expect(layout.crossings == 0)
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "┌───┐  ┌───┐",
        "│ a │  │ b │",
        "└─┬─┘  └─┬─┘",
        "  │      │  ",
        "  ▼      ▼  ",
        "┌───┐  ┌───┐",
        "│ d │  │ c │",
        "└───┘  └───┘",
      ])
  }

  @Test func unavoidableCrossingsMergeIntoJunctions() {
    let ids = ["a", "b", "x", "y"]
    let layout = GraphLayout(
      nodes: ids.map { GraphNode(id: $0, lines: [$0]) },
      edges: [
        GraphEdge(from: "a", to: "x"), GraphEdge(from: "a", to: "y"),
        GraphEdge(from: "b", to: "x"), GraphEdge(from: "b", to: "y"),
      ])
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "┌───┐  ┌───┐",
        "│ a │  │ b │",
        "└┬─┬┘  └┬─┬┘",
        " │┌┼────┘ │ ",
        " ││└─────┐│ ",
        " ▼▼      ▼▼ ",
        "┌───┐  ┌───┐",
        "│ x │  │ y │",
        "└───┘  └───┘",
      ])
  }

  @Test func longEdgesPassBetweenBoxes() {
    let layout = GraphLayout(
      nodes: ["base", "deps", "build", "final"].map { GraphNode(id: $0, lines: [$0]) },
      edges: [
        GraphEdge(from: "base", to: "deps"), GraphEdge(from: "deps", to: "build"),
        GraphEdge(from: "build", to: "final", label: "app"),
        GraphEdge(from: "base", to: "final", role: .edgeBase),
      ])
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "  ┌──────┐  ",
        "  │ base │  ",
        "  └─┬──┬─┘  ",
        "    │  └─┐  ",
        "    ▼    │  ",
        "┌──────┐ │  ",
        "│ deps │ │  ",
        "└───┬──┘ │  ",
        "    │    └┐ ",
        "    ▼     │ ",
        "┌───────┐ │ ",
        "│ build │ │ ",
        "└───┬───┘ │ ",
        "    └┐   ┌┘ ",
        " app ▼   ▼  ",
        "   ┌───────┐",
        "   │ final │",
        "   └───────┘",
      ])
  }

  @Test func cyclesAreBrokenAndDrawnWithAnUpwardArrow() {
    let layout = GraphLayout(
      nodes: ["a", "b", "c"].map { GraphNode(id: $0, lines: [$0]) },
      edges: [
        GraphEdge(from: "a", to: "b"), GraphEdge(from: "b", to: "c"), GraphEdge(from: "c", to: "a"),
        GraphEdge(from: "a", to: "a"),
      ])
    #expect(layout.reversedEdges == [2])
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "  ┌───┐",
        "  │ a │",
        "  └┬─┬┘",
        "  ┌┘ ▲┐",
        "  ▼   │",
        "┌───┐ │",
        "│ b │ │",
        "└─┬─┘ │",
        "  └┐ ┌┘",
        "   ▼ │ ",
        "  ┌───┐",
        "  │ c │",
        "  └───┘",
      ])
  }

  @Test func wideLabelsAndTitles() {
    let layout = GraphLayout(
      nodes: [GraphNode(id: "a", lines: ["構築", "ステージ"]), GraphNode(id: "b", lines: ["最終イメージの名前がとても長い"])],
      edges: [GraphEdge(from: "a", to: "b", label: "バイナリ")],
      options: GraphLayout.Options(maxNodeWidth: 16))
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "  ┌──────────┐    ",
        "  │ 構築     │    ",
        "  │ ステージ │    ",
        "  └─────┬────┘    ",
        "        │         ",
        "        ▼ バイナリ",
        "┌──────────────┐  ",
        "│ 最終イメー…  │  ",
        "└──────────────┘  ",
      ])
  }

  @Test func labelGoesLeftOfItsArrowWhenTheRightIsCrowded() {
    let layout = GraphLayout(
      nodes: [
        GraphNode(id: "compiler", lines: ["compiler toolchain"]), GraphNode(id: "x", lines: ["x"]),
        GraphNode(id: "y", lines: ["y"]), GraphNode(id: "z", lines: ["z"]),
        GraphNode(id: "final", lines: ["final"]),
      ],
      edges: [
        GraphEdge(from: "x", to: "final"), GraphEdge(from: "y", to: "final"),
        GraphEdge(from: "z", to: "final"),
        GraphEdge(from: "compiler", to: "final", label: "/usr/local/bin/app"),
      ])
    expectLines(
      rendered(GraphView(layout: layout), width: layout.width, height: layout.height),
      [
        "┌────────────────────┐  ┌───┐  ┌───┐  ┌───┐",
        "│ compiler toolchain │  │ x │  │ y │  │ z │",
        "└──────────┬─────────┘  └─┬─┘  └─┬─┘  └─┬─┘",
        "           └─────────────┐└┐ ┌───┘      │  ",
        "                         │ │ │ ┌────────┘  ",
        "      /usr/local/bin/app ▼ ▼ ▼ ▼           ",
        "                        ┌───────┐          ",
        "                        │ final │          ",
        "                        └───────┘          ",
      ])
  }
}
