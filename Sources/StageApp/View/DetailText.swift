import DockerfileSyntax
import StageAnalysis
import StageRender

/// The lines the detail pane shows: the selected instruction in full, or the selected stage's summary.
enum DetailText {
  static func lines(for state: AppState) -> [Line] {
    let graph = state.document.graph
    guard state.selectedStage < graph.stages.count else { return [Line("No stage selected.", role: .textDim)] }
    if state.focus != .graph {
      let rows = LayerRow.rows(for: state)
      if let index = state.layerList.selected, index < rows.count {
        return instruction(rows[index], state: state)
      }
    }
    return stage(graph.stages[state.selectedStage], state: state)
  }

  private static func instruction(_ row: LayerRow, state: AppState) -> [Line] {
    let graph = state.document.graph
    let source = state.document.edited.source
    var lines: [Line] = []
    var head = [Span("line \(row.line) · \(row.keyword)", role: .title)]
    if let figure = row.figure {
      head += [
        Span(" · ", role: .textDim), Span(row.isEmptyLayer ? "no layer" : SizeText.figure(figure), role: .sizeNumber),
        Span(" " + SizeText.mark(figure.provenance) + " " + figure.provenance.rawValue, role: SizeText.role(figure.provenance)),
        Span(" (\(figure.kind.rawValue) bytes)", role: .textDim),
      ]
      if figure.isKnown && figure.low != figure.high {
        head.append(Span(" range \(SizeText.bytes(figure.low))–\(SizeText.bytes(figure.high))", role: .textDim))
      }
    }
    lines.append(Line(head))
    if let figure = row.figure, !figure.basis.isEmpty { lines.append(Line(figure.basis, role: .textDim)) }
    lines.append(Line(""))
    let instruction = state.document.edited.instructions.first { $0.startLine == row.line }
    let endLine = instruction.map { max($0.endLine, bodyEnd($0, source: source)) } ?? row.line
    for number in row.line...max(row.line, endLine) where number <= source.lineCount {
      let text = source.lineText(number).replacingOccurrences(of: "\t", with: "  ")
      lines.append(Line([Span(pad(String(number), 4, right: true) + " ", role: .textDim), Span(text, role: .text)]))
    }
    for edge in graph.edges where edge.line == row.line && edge.kind != .base {
      let from: String
      switch edge.source {
      case .stage(let index): from = "stage " + state.stageName(index)
      case .image(let name): from = "image " + name
      }
      let verb = edge.kind == .copy ? "copies from" : "mounts from"
      lines.append(Line(""))
      lines.append(Line([Span("\(verb) \(from): ", role: .edgeCopy), Span(edge.paths.joined(separator: ", "), role: .text)]))
      if let destination = edge.destination { lines.append(Line("  into " + destination, role: .textDim)) }
    }
    lines += diagnostics(graph.diagnostics, lines: row.line...max(row.line, endLine), source: graph.source)
    return lines
  }

  private static func stage(_ stage: GraphStage, state: AppState) -> [Line] {
    let graph = state.document.graph
    var lines: [Line] = []
    var head = [Span("stage \(stage.displayName)", role: .title), Span(" · line \(stage.line)", role: .textDim)]
    if stage.isTarget { head.append(Span(" · target", role: .stageTarget)) }
    if !stage.isReachable { head.append(Span(" · not built for this target", role: .stageUnreachable)) }
    lines.append(Line(head))
    let original = state.document.originalGraph.stages.indices.contains(stage.index)
      ? state.document.originalGraph.stages[stage.index].base.written : stage.base.written
    if state.document.swaps[stage.index] != nil {
      lines.append(Line([Span("FROM ", role: .edgeBase), Span("\(original) ⇄ \(stage.base.written)", role: .swapChanged)]))
    } else {
      lines.append(Line([Span("FROM ", role: .edgeBase), Span(stage.base.written, role: .text)]))
    }
    if let problem = state.document.problem { lines.append(Line(problem, role: .diagnosticError)) }
    if let sizes = state.selectedStageSizes {
      lines.append(
        Line([
          Span("image ", role: .textDim), Span(SizeText.figure(sizes.total), role: .sizeNumber),
          Span(" " + SizeText.mark(sizes.total.provenance) + " ", role: SizeText.role(sizes.total.provenance)),
          Span("(own layers \(SizeText.bytes(sizes.addedBytes)))", role: .textDim),
        ]))
    }
    for edge in graph.edges(into: stage.index) where edge.kind != .base {
      let from = edge.source.stageIndex.map { state.stageName($0) } ?? {
        if case .image(let name) = edge.source { return name }
        return "?"
      }()
      lines.append(Line([Span("← \(from): ", role: .edgeCopy), Span(StageGraphDrawing.label(for: edge), role: .text)]))
    }
    for edge in graph.edges(outOf: stage.index) {
      let kind = edge.kind == .base ? "base of" : edge.kind.rawValue + " to"
      lines.append(Line([Span("→ \(kind) \(state.stageName(edge.target))", role: .edgeBase)]))
    }
    lines += swapSummary(state)
    let range = stage.line...(stage.commands.last.map { $0.instruction.instruction.endLine } ?? stage.line)
    lines += diagnostics(graph.diagnostics, lines: range, source: graph.source)
    return lines
  }

  /// Every swap with the final size before and after.
  static func swapSummary(_ state: AppState) -> [Line] {
    let swaps = state.document.swaps.swaps
    guard !swaps.isEmpty else { return [] }
    var lines = [Line(""), Line("Swaps (\(swaps.count))", role: .title)]
    for swap in swaps {
      let before = state.document.originalGraph.stages.indices.contains(swap.stage)
        ? state.document.originalGraph.stages[swap.stage].base.written : "?"
      lines.append(Line([Span("  \(state.stageName(swap.stage)): ", role: .text), Span("\(before) ⇄ \(swap.imageText)", role: .swapChanged)]))
    }
    if let before = state.baseline?.finalImage, let after = state.sizes?.finalImage {
      var spans = [
        Span("  final image ", role: .textDim), Span(SizeText.figure(before), role: .sizeNumber),
        Span(" → ", role: .textDim), Span(SizeText.figure(after), role: .stageTarget),
      ]
      if before.isKnown && after.isKnown {
        spans.append(
          Span(
            " (\(SizeText.delta(after.bytes - before.bytes)))",
            role: after.bytes <= before.bytes ? .verdictOK : .verdictWarning))
      }
      lines.append(Line(spans))
    }
    return lines
  }

  private static func diagnostics(_ all: [Diagnostic], lines: ClosedRange<Int>, source: SourceText) -> [Line] {
    all.filter { lines.contains(source.line(of: $0.range.lowerBound)) }.map {
      Line(
        "\($0.severity.rawValue) line \(source.line(of: $0.range.lowerBound)): \($0.message)",
        role: $0.isError ? .diagnosticError : .diagnosticWarning)
    }
  }

  /// The last line of an instruction's heredoc bodies, if it has any.
  private static func bodyEnd(_ instruction: Instruction, source: SourceText) -> Int {
    instruction.heredocs.map { source.line(of: max($0.bodyRange.lowerBound, $0.bodyRange.upperBound - 1)) }.max() ?? 0
  }
}
