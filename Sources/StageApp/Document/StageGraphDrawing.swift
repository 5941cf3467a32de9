import StageAnalysis
import StageRender

/// Turns a stage graph (and sizes, when known) into the nodes and edges the graph pane lays out.
public enum StageGraphDrawing {
  /// Nodes for stages and for external images (`scratch` included), edges for bases, copies and mounts.
  public static func make(
    document: StageDocument, sizes: SizeReport?, filter: String, options: GraphLayout.Options = GraphLayout.Options()
  ) -> GraphLayout {
    let graph = document.graph
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    var external: [String] = []
    for edge in graph.edges {
      if case .image(let name) = edge.source, !external.contains(name) { external.append(name) }
    }
    for name in external {
      let base = name == "scratch" ? "0 B" : "image"
      nodes.append(
        GraphNode(id: AppState.nodeID(image: name), lines: [name, base], role: .stageExternal))
    }
    for stage in graph.stages {
      nodes.append(node(for: stage, document: document, sizes: sizes, filter: filter))
    }
    for edge in graph.edges {
      let from: String
      switch edge.source {
      case .stage(let index): from = AppState.nodeID(stage: index)
      case .image(let name): from = AppState.nodeID(image: name)
      }
      let to = AppState.nodeID(stage: edge.target)
      switch edge.kind {
      case .base:
        edges.append(GraphEdge(from: from, to: to, kind: .solid, role: .edgeBase))
      case .copy:
        edges.append(GraphEdge(from: from, to: to, kind: .dashed, label: label(for: edge), role: .edgeCopy))
      case .mount:
        edges.append(GraphEdge(from: from, to: to, kind: .dotted, label: label(for: edge), role: .edgeMount))
      }
    }
    return GraphLayout(nodes: nodes, edges: edges, options: options)
  }

  /// Whether a stage matches the filter text (its name, base or any instruction).
  public static func matches(_ stage: GraphStage, filter: String) -> Bool {
    let needle = filter.lowercased()
    guard !needle.isEmpty else { return true }
    if stage.displayName.lowercased().contains(needle) || stage.base.written.lowercased().contains(needle) {
      return true
    }
    return stage.commands.contains { $0.instruction.instruction.original.lowercased().contains(needle) }
  }

  /// `src/, package.json → /app` for a copy; the mount's source and target for a mount.
  public static func label(for edge: StageEdge) -> String {
    var text = edge.paths.prefix(2).joined(separator: ", ")
    if edge.paths.count > 2 { text += " +\(edge.paths.count - 2)" }
    if let destination = edge.destination { text += " → " + destination }
    return text
  }

  private static func node(for stage: GraphStage, document: StageDocument, sizes: SizeReport?, filter: String)
    -> GraphNode
  {
    var title = stage.displayName
    if stage.isTarget { title += " ◎" }
    let swapped = document.swaps[stage.index] != nil
    let base = (swapped ? "⇄ " : "") + (stage.base.stageIndex.map { _ in "from " } ?? "") + stage.base.written
    let size: String
    if let sizes, stage.index < sizes.stages.count {
      let total = sizes.stages[stage.index].total
      size = SizeText.labelled(total)
    } else {
      size = "sizing…"
    }
    var flags: GraphNodeFlags = []
    if !stage.isReachable || !matches(stage, filter: filter) { flags.insert(.dimmed) }
    if stage.isTarget { flags.insert(.marked) }
    let role: ThemeRole = swapped ? .swapChanged : (stage.isTarget ? .stageTarget : .stageNode)
    return GraphNode(id: AppState.nodeID(stage: stage.index), lines: [title, base, size], role: role, flags: flags)
  }
}
