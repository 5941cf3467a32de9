import DockerfileSyntax

/// The stage graph as plain text for a terminal: stages in order with their base,
/// incoming and outgoing copy/mount edges, unbuilt stages and the target marked, then diagnostics.
public enum TextGraphFormat {
  /// The text, ending with a newline.
  public static func render(_ graph: StageGraph, fileName: String = "Dockerfile") -> String {
    var lines: [String] = []
    if let target = graph.target {
      lines.append("target: \(label(target)) (\(graph.requestedTarget == nil ? "last stage" : "--target"))")
    } else {
      lines.append("target: none")
    }
    let built = graph.stages.filter(\.isReachable).count
    lines.append("stages: \(graph.stages.count), built for the target: \(built)")
    for stage in graph.stages {
      lines.append("")
      var heading = "\(stage.isTarget ? "*" : stage.isReachable ? " " : "-") \(label(stage))  line \(stage.line)"
      if stage.isTarget { heading += "  [target]" } else if !stage.isReachable { heading += "  [not built]" }
      lines.append(heading)
      lines.append("    FROM \(baseDescription(stage, graph))")
      if let platform = stage.platform {
        let expanded = platform.expanded.map { $0 == platform.written ? "" : " = \($0)" } ?? " (unresolved)"
        lines.append("    platform: \(platform.written)\(expanded)")
      }
      for edge in graph.edges(into: stage.index) where edge.kind != .base {
        lines.append("    <- \(edge.kind.rawValue) from \(endpoint(edge.source, graph)): \(EdgeLabel.text(for: edge, limit: 60))  line \(edge.line)")
      }
      for edge in graph.edges(outOf: stage.index) {
        let what = edge.kind == .base ? "base of" : "\(edge.kind.rawValue) to"
        var line = "    -> \(what) \(label(graph.stages[edge.target]))"
        if edge.kind != .base { line += ": \(EdgeLabel.text(for: edge, limit: 60))" }
        lines.append(line + "  line \(edge.line)")
      }
    }
    if !graph.diagnostics.isEmpty {
      lines.append("")
      lines.append("diagnostics:")
      for diagnostic in graph.diagnostics {
        let position = graph.source.position(of: diagnostic.range.lowerBound)
        lines.append("  \(fileName):\(position.line):\(position.column): \(diagnostic.severity.rawValue): \(diagnostic.message)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func label(_ stage: GraphStage) -> String {
    stage.name.map { "[\(stage.index)] \($0)" } ?? "[\(stage.index)]"
  }

  private static func endpoint(_ endpoint: StageEdge.Endpoint, _ graph: StageGraph) -> String {
    switch endpoint {
    case .stage(let index): return label(graph.stages[index])
    case .image(let reference): return "image \(reference)"
    }
  }

  private static func baseDescription(_ stage: GraphStage, _ graph: StageGraph) -> String {
    let base = stage.base
    let shown = base.expanded.map { $0 == base.written ? base.written : "\(base.written) = \($0)" } ?? base.written
    switch base.kind {
    case .image(let reference): return "\(shown) (image \(reference.normalized))"
    case .stage(let index): return "\(shown) (stage \(label(graph.stages[index])))"
    case .scratch: return "\(shown) (empty image)"
    case .unresolved(let reason): return "\(shown) (unresolved\(reason.isEmpty ? "" : ": " + reason))"
    }
  }
}
