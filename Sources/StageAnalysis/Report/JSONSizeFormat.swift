/// The size report as JSON with exact integers:
/// `{file, target, final_image_bytes, final_image_provenance, size_kind, stages: [{index, name,
/// base, reachable, total_bytes, layers: [{line, instruction, bytes, bytes_low, bytes_high, kind,
/// provenance, basis, empty_layer}]}], diagnostics, unreachable_sources: [{source, reason}]}`.
///
/// A layer whose size is unknown has null `bytes`; a total with an unknown part holds the known
/// parts (a lower bound) and says so in its basis.
public enum JSONSizeFormat {
  /// One report as a JSON object.
  public static func render(_ report: SizeReport) -> String {
    object(report).printed() + "\n"
  }

  /// Several reports as a JSON array, one entry per file.
  public static func render(_ reports: [SizeReport]) -> String {
    JSONText.array(reports.map(object)).printed() + "\n"
  }

  static func object(_ report: SizeReport) -> JSONText {
    .object([
      ("file", .string(report.file)),
      ("target", .optional(report.target)),
      ("final_image_bytes", report.finalImage.map { .integer(Int($0.bytes)) } ?? .null),
      ("final_image_bytes_low", report.finalImage.map { .integer(Int($0.low)) } ?? .null),
      ("final_image_bytes_high", report.finalImage.map { .integer(Int($0.high)) } ?? .null),
      ("final_image_provenance", .optional(report.finalImage?.provenance.rawValue)),
      ("final_image_basis", .optional(report.finalImage?.basis)),
      ("final_image_counts", provenanceCounts(report)),
      ("size_kind", .string(report.sizeKind.rawValue)),
      ("stages", .array(report.stages.map(stage))),
      ("diagnostics", .array(report.diagnostics.map(JSONText.string))),
      ("unreachable_sources", .array(report.unreachableSources.map { source in
        .object([("source", .string(source.name)), ("reason", .string(source.reason))])
      })),
    ])
  }

  private static func provenanceCounts(_ report: SizeReport) -> JSONText {
    let counts = report.finalProvenanceCounts
    return .object(SizeProvenance.allCases.map { ($0.rawValue, .integer(counts[$0] ?? 0)) })
  }

  private static func stage(_ stage: StageSizes) -> JSONText {
    .object([
      ("index", .integer(stage.index)),
      ("name", .optional(stage.name)),
      ("base", .string(stage.base)),
      ("base_stage", .optional(stage.baseStageIndex)),
      ("reachable", .bool(stage.isReachable)),
      ("target", .bool(stage.isTarget)),
      ("total_bytes", .integer(Int(stage.total.bytes))),
      ("total_provenance", .string(stage.total.provenance.rawValue)),
      ("added_bytes", .integer(Int(stage.addedBytes))),
      ("layers", .array(stage.layers.map(layer))),
    ])
  }

  private static func layer(_ layer: LayerSize) -> JSONText {
    let figure = layer.figure
    let known = figure.isKnown
    return .object([
      ("line", .integer(layer.line)),
      ("keyword", .string(layer.keyword)),
      ("instruction", .string(layer.instruction)),
      ("bytes", known ? .integer(Int(figure.bytes)) : .null),
      ("bytes_low", known ? .integer(Int(figure.low)) : .null),
      ("bytes_high", known ? .integer(Int(figure.high)) : .null),
      ("kind", .string(figure.kind.rawValue)),
      ("provenance", .string(figure.provenance.rawValue)),
      ("basis", .string(figure.basis)),
      ("empty_layer", .bool(layer.isEmptyLayer)),
    ])
  }
}
