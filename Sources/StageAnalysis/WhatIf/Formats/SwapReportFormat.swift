import Foundation

/// Swap analyses and candidate lists as JSON and as text for people.
public enum SwapReportFormat {
  /// `{before_bytes, after_bytes, delta_bytes, delta_percent, swaps, stages, verdicts, notes}`.
  public static func json(_ analysis: SwapAnalysis) -> String {
    let projection = analysis.projection
    let swaps: [SwapJSON] = analysis.swaps.swaps.map { swap in
      let stage = analysis.originalGraph.stages[swap.stage]
      return .object([
        ("stage", .string(stage.displayName)), ("index", .integer(Int64(swap.stage))),
        ("line", .integer(Int64(stage.line))), ("from", .string(stage.from.baseName)), ("to", .string(swap.imageText)),
      ])
    }
    let stages: [SwapJSON] = projection.stages.map { row in
      .object([
        ("stage", .string(row.name)), ("index", .integer(Int64(row.index))), ("from_image", .optional(row.fromImage)),
        ("to_image", .optional(row.toImage)), ("before_base_bytes", .optional(row.beforeBaseBytes)),
        ("after_base_bytes", .optional(row.afterBaseBytes)), ("delta_bytes", .optional(row.deltaBytes)),
        ("tolerance_bytes", .integer(row.tolerance)),
      ])
    }
    return SwapJSON.object([
      ("before_bytes", .optional(projection.beforeBytes)), ("after_bytes", .optional(projection.afterBytes)),
      ("delta_bytes", .optional(projection.deltaBytes)),
      ("delta_percent", projection.deltaPercent.map(SwapJSON.number) ?? .null),
      ("size_kind", .string("content")), ("level", .string(analysis.level.rawValue)), ("swaps", .array(swaps)),
      ("stages", .array(stages)), ("verdicts", .array(analysis.verdicts.map(verdictJSON))),
      ("notes", .array(projection.notes.map(SwapJSON.string))),
    ]).printed()
  }

  /// A readable summary: the swaps, the size change, then the verdicts.
  public static func text(_ analysis: SwapAnalysis) -> String {
    var lines: [String] = []
    for swap in analysis.swaps.swaps {
      let stage = analysis.originalGraph.stages[swap.stage]
      lines.append("swap \(stage.displayName) (line \(stage.line)): \(stage.from.baseName) -> \(swap.imageText)")
    }
    let projection = analysis.projection
    if let delta = projection.deltaBytes {
      var line = "target \(projection.target?.name ?? "?"): \(bytes(projection.target?.beforeBaseBytes)) -> "
      line += "\(bytes(projection.target?.afterBaseBytes)) base, \(signed(delta))"
      if let percent = projection.deltaPercent { line += String(format: " (%+.1f%%)", percent) }
      if let before = projection.beforeBytes, let after = projection.afterBytes {
        line += "; image \(bytes(before)) -> \(bytes(after))"
      }
      lines.append(line)
    } else {
      lines.append("target \(projection.target?.name ?? "?"): size change unknown")
    }
    lines += projection.notes.map { "  note: \($0)" }
    lines.append("verdict: \(analysis.level.rawValue)")
    for verdict in analysis.verdicts {
      lines.append(
        "  \(verdict.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) "
          + "\(verdict.stageName) line \(verdict.line): \(verdict.reason) [\(verdict.rule.rawValue)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Candidate lists per stage as JSON.
  public static func json(_ lists: [BaseCandidates], graph: StageGraph) -> String {
    SwapJSON.object([
      (
        "stages",
        .array(
          lists.map { list in
            let stage = graph.stages[list.stage]
            return .object([
              ("stage", .string(stage.displayName)), ("index", .integer(Int64(list.stage))),
              ("line", .integer(Int64(stage.line))), ("base", .string(stage.from.baseName)),
              ("build_stage", .string(list.isBuildStage ? "yes" : "no")), ("empty_reason", .optional(list.emptyReason)),
              (
                "candidates",
                .array(
                  list.candidates.map { candidate in
                    .object([
                      ("image", .string(candidate.imageText)), ("relation", .optional(candidate.relation?.rawValue)),
                      ("content_bytes", .optional(candidate.contentBytes)), ("delta_bytes", .optional(candidate.deltaBytes)),
                      ("level", .string(candidate.level.rawValue)), ("note", .optional(candidate.note)),
                      ("verdicts", .array(candidate.verdicts.map(verdictJSON))),
                    ])
                  })
              ),
            ])
          })
      )
    ]).printed()
  }

  /// Candidate lists per stage as text: one line per candidate, worst verdict first reason beside it.
  public static func text(_ lists: [BaseCandidates], graph: StageGraph) -> String {
    var lines: [String] = []
    for list in lists {
      let stage = graph.stages[list.stage]
      let kind = list.isBuildStage ? "build stage" : "runtime stage"
      lines.append("\(stage.displayName) (line \(stage.line), \(kind)): FROM \(stage.from.baseName)")
      if let reason = list.emptyReason { lines.append("  no candidates: \(reason)") }
      for candidate in list.candidates {
        let worst = candidate.verdicts.filter { $0.level == candidate.level && $0.level != .ok }.first
        var line = "  \(candidate.imageText.padding(toLength: 44, withPad: " ", startingAt: 0)) "
        line += "\(bytes(candidate.contentBytes).padding(toLength: 10, withPad: " ", startingAt: 0)) "
        line += candidate.level.rawValue
        if let worst { line += ": line \(worst.line): \(worst.reason)" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func verdictJSON(_ verdict: SwapVerdict) -> SwapJSON {
    .object([
      ("stage", .string(verdict.stageName)), ("index", .integer(Int64(verdict.stage))),
      ("line", .integer(Int64(verdict.line))), ("level", .string(verdict.level.rawValue)),
      ("reason", .string(verdict.reason)), ("rule", .string(verdict.rule.rawValue)),
    ])
  }

  /// Decimal megabytes as the catalog states them, or `unknown`.
  static func bytes(_ value: Int64?) -> String {
    guard let value else { return "unknown" }
    return String(format: "%.1f MB", Double(value) / 1_000_000)
  }

  private static func signed(_ value: Int64) -> String {
    (value >= 0 ? "+" : "-") + bytes(abs(value))
  }
}
