import DockerfileSyntax

/// The stage graph as JSON: `stages`, `edges`, `target`, `diagnostics`, with a fixed key order.
///
/// Edge endpoints are stage indexes (integers) or image references (strings).
public enum JSONGraphFormat {
  /// The JSON text, ending with a newline.
  public static func render(_ graph: StageGraph) -> String {
    let document = JSONText.object([
      ("stages", .array(graph.stages.map(stage))),
      ("edges", .array(graph.edges.map(edge))),
      ("target", target(graph)),
      ("diagnostics", .array(graph.diagnostics.map { diagnostic($0, in: graph.source) })),
    ])
    return document.printed() + "\n"
  }

  private static func stage(_ stage: GraphStage) -> JSONText {
    .object([
      ("index", .integer(stage.index)),
      ("name", .optional(stage.name)),
      ("written_name", .optional(stage.writtenName)),
      ("base", .string(stage.base.expanded ?? stage.base.written)),
      ("base_written", .string(stage.base.written)),
      ("base_kind", .string(baseKind(stage.base.kind))),
      ("base_stage", .optional(stage.base.stageIndex)),
      ("platform", .optional(stage.platform.map { $0.expanded ?? $0.written })),
      ("platform_written", .optional(stage.platform?.written)),
      ("effective_platform", .string(stage.effectivePlatform.description)),
      ("line", .integer(stage.line)),
      ("reachable", .bool(stage.isReachable)),
      ("target", .bool(stage.isTarget)),
    ])
  }

  private static func baseKind(_ kind: StageBase.Kind) -> String {
    switch kind {
    case .image: return "image"
    case .stage: return "stage"
    case .scratch: return "scratch"
    case .unresolved: return "unresolved"
    }
  }

  private static func endpoint(_ endpoint: StageEdge.Endpoint) -> JSONText {
    switch endpoint {
    case .stage(let index): return .integer(index)
    case .image(let reference): return .string(reference)
    }
  }

  private static func edge(_ edge: StageEdge) -> JSONText {
    .object([
      ("from", endpoint(edge.source)),
      ("to", .integer(edge.target)),
      ("kind", .string(edge.kind.rawValue)),
      ("paths", .array(edge.paths.map(JSONText.string))),
      ("destination", .optional(edge.destination)),
      ("reference", .optional(edge.reference)),
      ("line", .integer(edge.line)),
      ("onbuild", .bool(edge.viaOnbuild)),
    ])
  }

  private static func target(_ graph: StageGraph) -> JSONText {
    guard let stage = graph.target else { return .null }
    return .object([("index", .integer(stage.index)), ("name", .optional(stage.name))])
  }

  private static func diagnostic(_ diagnostic: Diagnostic, in source: SourceText) -> JSONText {
    let start = source.position(of: diagnostic.range.lowerBound)
    let end = source.position(of: diagnostic.range.upperBound)
    return .object([
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("line", .integer(start.line)),
      ("column", .integer(start.column)),
      ("end_line", .integer(end.line)),
      ("end_column", .integer(end.column)),
      ("code", .optional(diagnostic.code)),
    ])
  }
}
