/// The stage graph as a Mermaid `flowchart`: the same nodes and edges as the DOT output.
public enum MermaidGraphFormat {
  /// The Mermaid text, ending with a newline.
  public static func render(_ graph: StageGraph) -> String {
    let images = ExternalSources(graph)
    var lines = ["flowchart LR"]
    for (number, reference) in images.references.enumerated() {
      let shape = reference == "scratch" ? ("((", "))") : ("[/", "/]")
      lines.append("  image\(number)\(shape.0)\(quoted(reference))\(shape.1)")
    }
    for stage in graph.stages {
      var label = "\(stage.index): \(stage.name ?? "(unnamed)")"
      if let platform = stage.platform { label += "<br/>--platform=\(platform.expanded ?? platform.written)" }
      lines.append("  stage\(stage.index)[\(quoted(label))]")
    }
    for edge in graph.edges {
      let source: String
      switch edge.source {
      case .stage(let index): source = "stage\(index)"
      case .image(let reference): source = "image\(images.number(of: reference))"
      }
      switch edge.kind {
      case .base: lines.append("  \(source) --> stage\(edge.target)")
      case .copy: lines.append("  \(source) -- \(quoted(EdgeLabel.text(for: edge))) --> stage\(edge.target)")
      case .mount:
        lines.append("  \(source) -. \(quoted("mount " + EdgeLabel.text(for: edge))) .-> stage\(edge.target)")
      }
    }
    lines.append("  classDef unreachable fill:#f2f2f2,stroke:#999,color:#999")
    lines.append("  classDef target stroke-width:3px")
    lines.append("  classDef image stroke-dasharray:4 3")
    let unreachable = graph.stages.filter { !$0.isReachable }.map { "stage\($0.index)" }
    if !unreachable.isEmpty { lines.append("  class \(unreachable.joined(separator: ",")) unreachable") }
    if let target = graph.targetIndex { lines.append("  class stage\(target) target") }
    if !images.references.isEmpty {
      lines.append("  class \(images.references.indices.map { "image\($0)" }.joined(separator: ",")) image")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Mermaid quoted label: quotes and markup characters as entity codes.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "#quot;"
      case "#": result += "#35;"
      case "\n", "\r", "\t": result += " "
      default:
        if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
      }
    }
    return result + "\""
  }
}
