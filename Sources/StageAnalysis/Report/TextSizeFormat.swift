/// The size report as text: per stage (reachable first, unreachable marked), per instruction
/// the line, the instruction, the size, its kind and provenance; stage totals; the target image.
public enum TextSizeFormat {
  /// The widest instruction text shown before it is abbreviated.
  public static let instructionWidth = 48

  /// Renders a report.
  public static func render(_ report: SizeReport) -> String {
    var lines: [String] = []
    lines.append("\(report.file): \(report.sizeKind.rawValue) bytes" + (report.target.map { ", target \($0)" } ?? ""))
    let ordered = report.stages.filter(\.isReachable) + report.stages.filter { !$0.isReachable }
    for stage in ordered {
      lines.append("")
      var header = "stage \(stage.index) \(stage.displayName) FROM \(stage.base)"
      if stage.isTarget { header += " [target]" }
      if !stage.isReachable { header += " [not built for this target]" }
      lines.append(header)
      for layer in stage.layers {
        let size = ByteCountFormat.string(layer.figure)
        let text = abbreviated(layer.instruction)
        let marks = layer.isEmptyLayer ? " (empty layer)" : ""
        lines.append(
          "  " + pad(String(layer.line), 4, right: true) + "  " + pad(text, instructionWidth) + "  "
            + pad(size, 26, right: true) + "  " + pad(layer.figure.kind.rawValue, 10) + layer.figure.provenance.rawValue
            + marks)
        lines.append("        " + layer.figure.basis)
      }
      lines.append(
        "  total " + ByteCountFormat.string(stage.total) + " (\(stage.total.bytes) bytes, "
          + stage.total.provenance.rawValue + ")")
    }
    lines.append("")
    if let final = report.finalImage, let target = report.target {
      let counts = report.finalProvenanceCounts
      let summary = SizeProvenance.allCases.compactMap { provenance -> String? in
        guard let count = counts[provenance], count > 0 else { return nil }
        let noun = provenance == .estimate ? (count == 1 ? "estimate" : "estimates") : provenance.rawValue
        return "\(count) \(noun)"
      }.joined(separator: ", ")
      lines.append(
        "final image (\(target)): \(ByteCountFormat.string(final)) = \(final.bytes) \(report.sizeKind.rawValue) bytes, "
          + final.provenance.rawValue + (summary.isEmpty ? "" : " (\(summary))"))
    } else {
      lines.append("final image: no target stage")
    }
    for source in report.unreachableSources {
      lines.append("note: " + source.note)
    }
    for diagnostic in report.diagnostics {
      lines.append("note: " + diagnostic)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The instruction on one line, cut with `…` past `instructionWidth` characters.
  static func abbreviated(_ text: String) -> String {
    let single = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).map { $0.trimmingPrefix(while: \.isWhitespace) }
      .joined(separator: " ").replacingOccurrences(of: "\\ ", with: "")
    guard single.count > instructionWidth else { return single }
    return String(single.prefix(instructionWidth - 1)) + "…"
  }

  private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
  }
}
