import Foundation

/// Swap analyses and candidate lists as JSON and as text for people.
public enum SwapReportFormat {
  /// `{before_bytes, after_bytes, delta_bytes, delta_percent, swaps, stages, verdicts, notes}`.
  public static func json(_ analysis: SwapAnalysis) -> String {
    let projection = analysis.projection
    let swaps: [JSONText] = analysis.swaps.swaps.map { swap in
      let stage = analysis.originalGraph.stages[swap.stage]
      return .object([
        ("stage", .string(stage.displayName)), ("index", .integer(Int64(swap.stage))),
        ("line", .integer(Int64(stage.line))), ("from", .string(stage.from.baseName)), ("to", .string(swap.imageText)),
        ("build_argument", .optional(buildArgument(of: swap, in: analysis))),
      ])
    }
    let sizes = analysis.sizes
    let stages: [JSONText] = projection.stages.map { row in
      var members: [(String, JSONText)] = [
        ("stage", .string(row.name)), ("index", .integer(Int64(row.index))), ("from_image", .optional(row.fromImage)),
        ("to_image", .optional(row.toImage)), ("before_base_bytes", .optional(row.beforeBaseBytes)),
        ("after_base_bytes", .optional(row.afterBaseBytes)), ("delta_bytes", .optional(row.deltaBytes)),
        ("tolerance_bytes", .integer(row.tolerance)),
      ]
      if let sized = sizes?.stages.first(where: { $0.index == row.index }) {
        members += [
          ("before", figureJSON(sized.before)), ("after", figureJSON(sized.after)),
          (
            "layers",
            .array(
              sized.layers.map { layer in
                .object([
                  ("line", .integer(Int64(layer.line))), ("keyword", .string(layer.keyword)),
                  ("before", figureJSON(layer.before)), ("after", figureJSON(layer.after)),
                  ("delta_bytes", .integer(layer.after.bytes - layer.before.bytes)),
                ])
              })
          ),
        ]
      }
      return .object(members)
    }
    let beforeBytes = sizes.map { $0.before.flatMap { $0.isKnown ? $0.bytes : nil } } ?? projection.beforeBytes
    let afterBytes = sizes.map { $0.after.flatMap { $0.isKnown ? $0.bytes : nil } } ?? projection.afterBytes
    let deltaBytes = sizes.map(\.deltaBytes) ?? projection.deltaBytes
    let deltaPercent = sizes.map(\.deltaPercent) ?? projection.deltaPercent
    var members: [(String, JSONText)] = [
      ("before_bytes", .optional(beforeBytes)), ("after_bytes", .optional(afterBytes)),
      ("delta_bytes", .optional(deltaBytes)), ("delta_percent", deltaPercent.map { .decimal($0, fractionDigits: 2) } ?? .null),
    ]
    if let sizes {
      members += [
        ("delta_low_bytes", .optional(sizes.deltaRange?.lowerBound)),
        ("delta_high_bytes", .optional(sizes.deltaRange?.upperBound)),
        ("before", sizes.before.map(figureJSON) ?? .null), ("after", sizes.after.map(figureJSON) ?? .null),
      ]
    }
    members += [
      ("size_kind", .string(sizes?.afterReport.sizeKind.rawValue ?? "content")), ("level", .string(analysis.level.rawValue)),
      ("swaps", .array(swaps)), ("stages", .array(stages)), ("verdicts", .array(analysis.verdicts.map(verdictJSON))),
      ("notes", .array((sizes.map { $0.afterReport.diagnostics } ?? projection.notes).map(JSONText.string))),
    ]
    return JSONText.object(members).printed(escaping: .controls) + "\n"
  }

  /// The `--build-arg` a swap is judged as, when the file cannot make it.
  static func buildArgument(of swap: BaseImageSwap, in analysis: SwapAnalysis) -> String? {
    guard let name = SwapEditPlan.wholeVariableName(analysis.originalGraph.stages[swap.stage].from.baseName),
      analysis.buildArgumentChanges[name] == swap.imageText
    else { return nil }
    return name
  }

  /// A size figure with its range and provenance.
  static func figureJSON(_ figure: ByteFigure) -> JSONText {
    .object([
      ("bytes", figure.isKnown ? .integer(figure.bytes) : .null), ("low", .integer(figure.low)),
      ("high", .integer(figure.high)), ("provenance", .string(figure.provenance.rawValue)),
      ("exact", .string(figure.isExact ? "yes" : "no")), ("basis", .string(figure.basis)),
    ])
  }

  /// A readable summary: the swaps, the size change, then the verdicts.
  public static func text(_ analysis: SwapAnalysis) -> String {
    var lines: [String] = []
    for swap in analysis.swaps.swaps {
      let stage = analysis.originalGraph.stages[swap.stage]
      var line = "swap \(stage.displayName) (line \(stage.line)): \(stage.from.baseName) -> \(swap.imageText)"
      if let name = buildArgument(of: swap, in: analysis) {
        line += " (as --build-arg \(name)=\(swap.imageText); export cannot edit a default the build argument overrides)"
      }
      lines.append(line)
    }
    let projection = analysis.projection
    if let sizes = analysis.sizes {
      lines += sizedLines(sizes)
    } else if let delta = projection.deltaBytes {
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
    lines += (analysis.sizes.map { $0.afterReport.diagnostics } ?? projection.notes).map { "  note: \($0)" }
    lines.append("verdict: \(analysis.level.rawValue)")
    for verdict in analysis.verdicts {
      lines.append(
        "  \(verdict.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) "
          + "\(verdict.stageName) line \(verdict.line): \(verdict.reason) [\(verdict.rule.rawValue)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The size model's projection in words: the target image, then each reachable stage that changed.
  private static func sizedLines(_ sizes: SwapSizeProjection) -> [String] {
    guard let before = sizes.before, let after = sizes.after else { return ["target: no target stage"] }
    var line = "target \(sizes.afterReport.target ?? "?"): \(figure(before)) -> \(figure(after))"
    if let delta = sizes.deltaBytes {
      line += ", \(signed(delta))"
      if let percent = sizes.deltaPercent { line += String(format: " (%+.1f%%)", percent) }
      if let range = sizes.deltaRange, range.lowerBound != range.upperBound {
        line += " [\(signed(range.lowerBound)) .. \(signed(range.upperBound))]"
      }
    } else {
      line += ", change unknown"
    }
    var lines = [line]
    for stage in sizes.stages where stage.isReachable && stage.before != stage.after {
      lines.append("  stage \(stage.name): \(figure(stage.before)) -> \(figure(stage.after))")
    }
    return lines
  }

  /// A figure in decimal megabytes with its provenance (and range when not exact).
  private static func figure(_ value: ByteFigure) -> String {
    guard value.isKnown else { return "unknown (at least \(bytes(value.bytes)))" }
    var text = "\(bytes(value.bytes)) \(value.provenance.rawValue)"
    if !value.isExact { text += " [\(bytes(value.low)) .. \(bytes(value.high))]" }
    return text
  }

  /// Candidate lists per stage as JSON.
  public static func json(_ lists: [BaseCandidates], graph: StageGraph) -> String {
    JSONText.object([
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
                      ("content_bytes", .optional(candidate.contentBytes)),
                      ("projected_bytes", .optional(candidate.projectedBytes)),
                      ("projected", candidate.projected.map(figureJSON) ?? .null),
                      ("delta_bytes", .optional(candidate.deltaBytes)),
                      ("level", .string(candidate.level.rawValue)), ("note", .optional(candidate.note)),
                      ("verdicts", .array(candidate.verdicts.map(verdictJSON))),
                    ])
                  })
              ),
            ])
          })
      )
    ]).printed(escaping: .controls) + "\n"
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
        if let projected = candidate.projected {
          let text = figure(projected)
          line += "image " + text + String(repeating: " ", count: max(1, 24 - text.count))
        }
        line += candidate.level.rawValue
        if let worst { line += ": line \(worst.line): \(worst.reason)" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func verdictJSON(_ verdict: SwapVerdict) -> JSONText {
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
