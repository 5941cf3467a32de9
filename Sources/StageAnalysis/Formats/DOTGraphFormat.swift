/// The stage graph as Graphviz DOT: stages as boxes, images dashed, `scratch` dotted,
/// copy edges labelled with their paths, mount edges dotted, unbuilt stages grey, the target bold.
public enum DOTGraphFormat {
  /// The DOT text, ending with a newline.
  public static func render(_ graph: StageGraph) -> String {
    let images = ExternalSources(graph)
    var lines = [
      "digraph stages {",
      "  rankdir=LR;",
      "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
      "  edge [fontname=\"Helvetica\", fontsize=10];",
    ]
    for (number, reference) in images.references.enumerated() {
      var attributes = ["label=\(quoted(reference))"]
      attributes.append(reference == "scratch" ? "style=\"dotted,filled\", fillcolor=\"#eeeeee\"" : "style=dashed")
      if images.isUsedByReachableStage[reference] != true { attributes.append("color=gray60, fontcolor=gray60") }
      lines.append("  image\(number) [\(attributes.joined(separator: ", "))];")
    }
    for stage in graph.stages {
      var label = "\(stage.index): \(stage.name ?? "(unnamed)")"
      if let platform = stage.platform { label += "\n--platform=\(platform.expanded ?? platform.written)" }
      var attributes = ["label=\(quoted(label))"]
      if stage.isTarget {
        attributes.append("style=\"rounded,bold\", penwidth=2.5")
      } else if !stage.isReachable {
        attributes.append("style=\"rounded,filled\", fillcolor=\"#f2f2f2\", color=gray60, fontcolor=gray60")
      }
      lines.append("  stage\(stage.index) [\(attributes.joined(separator: ", "))];")
    }
    for edge in graph.edges {
      let source: String
      switch edge.source {
      case .stage(let index): source = "stage\(index)"
      case .image(let reference): source = "image\(images.number(of: reference))"
      }
      var attributes: [String] = []
      switch edge.kind {
      case .base: break
      case .copy: attributes.append("label=\(quoted(EdgeLabel.text(for: edge)))")
      case .mount: attributes += ["style=dotted", "label=\(quoted("mount " + EdgeLabel.text(for: edge)))"]
      }
      if !graph.stages[edge.target].isReachable { attributes.append("color=gray60, fontcolor=gray60") }
      let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
      lines.append("  \(source) -> stage\(edge.target)\(suffix);")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r", "\t": result += " "
      default:
        if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
      }
    }
    return result + "\""
  }
}
