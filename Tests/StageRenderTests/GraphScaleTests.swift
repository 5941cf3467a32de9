import StageRender
import Testing

@Suite struct GraphScaleTests {
  /// A deterministic pseudo-random DAG: each node depends on up to three earlier ones.
  static func largeGraph(count: Int) -> (nodes: [GraphNode], edges: [GraphEdge]) {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    for index in 0..<count {
      let flags: GraphNodeFlags = index % 17 == 0 ? .dimmed : []
      nodes.append(GraphNode(id: "n\(index)", lines: ["stage-\(index)", "\(next(900)) MB"], flags: flags))
      guard index > 0 else { continue }
      for dependency in Set((0..<min(index, 1 + next(3))).map { _ in max(0, index - 1 - next(12)) }).sorted()
      {
        let kind: EdgeLineKind = [.solid, .dashed, .dotted][next(3)]
        edges.append(
          GraphEdge(
            from: "n\(dependency)", to: "n\(index)", kind: kind, label: next(4) == 0 ? "/out/\(index)" : nil))
      }
    }
    return (nodes, edges)
  }

  @Test func twoHundredNodesLayOutDeterministically() throws {
    let graph = GraphScaleTests.largeGraph(count: 200)
    let first = GraphLayout(nodes: graph.nodes, edges: graph.edges)
    let second = GraphLayout(nodes: graph.nodes, edges: graph.edges)
    #expect(first.nodeRects == second.nodeRects)
    #expect(first.nodeRects.count == 200)
    for (index, rect) in first.nodeRects.enumerated() {
      for other in first.nodeRects[(index + 1)...] {
        #expect(rect.intersection(other).isEmpty, "boxes overlap: \(rect) \(other)")
      }
    }
    for edge in graph.edges {
      guard let from = first.rect(of: edge.from), let to = first.rect(of: edge.to) else { continue }
      #expect(from.maxY <= to.y, "\(edge.from) is not above \(edge.to)")
    }
    let view = rendered(GraphView(layout: first), width: first.width, height: first.height)
    #expect(view == rendered(GraphView(layout: second), width: second.width, height: second.height))
    let boxes = first.nodes.indices.map { index in
      let rect = first.nodeRects[index]
      return
        "\(first.nodes[index].id) layer \(first.nodeLayers[index]) at \(rect.x),\(rect.y) size \(rect.width)x\(rect.height)"
    }
    let window = GraphView(layout: first, selectedID: "n150").revealing(
      "n150", viewportWidth: 160, viewportHeight: 50)
    let screen = rendered(window, width: 160, height: 50).lines().map {
      String($0.reversed().drop { $0 == " " }.reversed())
    }
    let summary =
      ["size \(first.width)x\(first.height), crossings \(first.crossings)"] + boxes + [
        "", "viewport at \(window.scrollX),\(window.scrollY):",
      ] + screen
    try Snapshot.expect(summary.joined(separator: "\n") + "\n", named: "graph-200")
  }

  @Test func cycleEverywhereStillTerminates() {
    let ids = (0..<60).map { "c\($0)" }
    var edges: [GraphEdge] = []
    for (index, id) in ids.enumerated() {
      edges.append(GraphEdge(from: id, to: ids[(index + 1) % ids.count]))
      edges.append(GraphEdge(from: id, to: ids[(index * 7 + 3) % ids.count]))
    }
    let layout = GraphLayout(nodes: ids.map { GraphNode(id: $0, lines: [$0]) }, edges: edges)
    #expect(!layout.reversedEdges.isEmpty)
    #expect(layout.nodeRects.allSatisfy { !$0.isEmpty })
  }

  @Test func rendersIntoOneByOneBuffer() {
    let layout = GraphLayoutTests.diamond
    expectLines(rendered(GraphView(layout: layout), width: 1, height: 1), [" "])
    expectLines(rendered(GraphView(layout: layout, scrollX: 4, scrollY: 0), width: 1, height: 1), ["┌"])
    var empty = CellBuffer(width: 0, height: 0)
    GraphView(layout: layout).render(
      in: Rect(x: 0, y: 0, width: 5, height: 5), into: &empty, theme: .monochrome)
    #expect(empty.lines().isEmpty)
  }

  @Test func emptyGraph() {
    let layout = GraphLayout(nodes: [], edges: [GraphEdge(from: "x", to: "y")])
    #expect(layout.width == 0 && layout.height == 0)
    expectLines(rendered(GraphView(layout: layout), width: 2, height: 1), ["  "])
  }

  @Test func scrolledViewportAndReveal() {
    let layout = GraphLayoutTests.diamond
    let view = GraphView(layout: layout, scrollX: 4, scrollY: 10, selectedID: "final")
    expectLines(rendered(view, width: 8, height: 3), ["p/… ▼   ", "  ┏━━━━━", "  ┃ fina"])
    let target = layout.rect(of: "final")
    #expect(target == Rect(x: 6, y: 11, width: 9, height: 3))
    let revealed = GraphView(layout: layout).revealing("final", viewportWidth: 8, viewportHeight: 3)
    #expect(revealed.scrollX == 6 && revealed.scrollY == 11)
    let fits = GraphView(layout: layout, scrollX: 0, scrollY: 0).revealing(
      "base", viewportWidth: 20, viewportHeight: 6)
    #expect(fits.scrollX == 0 && fits.scrollY == 0)
    #expect(layout.node(atX: 7, y: 12)?.id == "final")
  }

  @Test func stylesFollowRolesAndFlags() {
    let theme = Theme(
      name: "t",
      styles: [
        .stageNode: Style(foreground: .ansi(.white)), .stageUnreachable: Style(attributes: .dim),
        .edgeCopy: Style(foreground: .ansi(.blue)), .borderActive: Style(attributes: .bold),
        .edgeLabel: Style(attributes: .italic),
      ])
    let layout = GraphLayout(
      nodes: [GraphNode(id: "a", lines: ["a"]), GraphNode(id: "b", lines: ["b"], flags: .dimmed)],
      edges: [GraphEdge(from: "a", to: "b", role: .edgeCopy)])
    let buffer = rendered(
      GraphView(layout: layout, selectedID: "a"), width: layout.width, height: layout.height, theme: theme)
    #expect(buffer[0, 0].style == Style(foreground: .ansi(.white), attributes: .bold))
    #expect(buffer[2, 4].symbol == "▼")
    #expect(buffer[2, 4].style == Style(foreground: .ansi(.blue), attributes: .dim))
    #expect(buffer[0, 5].style == Style(attributes: .dim))
  }
}
