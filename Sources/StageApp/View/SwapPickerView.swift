import StageAnalysis
import StageRender

/// The swap picker: candidates with projected final size, delta and verdict; a field for any reference.
struct SwapPickerView: Widget {
  var state: AppState
  var picker: SwapPicker

  private func box(in area: Rect) -> Rect {
    frame(in: area, width: 100, height: picker.visibleChoices.count + 11)
  }

  private func fieldRect(_ inner: Rect) -> Rect {
    Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1)
  }

  func cursor(in area: Rect) -> (x: Int, y: Int)? {
    let inner = box(in: area).inset(by: 1).inset(horizontal: 1, vertical: 0)
    return TextInput(state: picker.query, prompt: "> ").cursorPosition(in: fieldRect(inner))
  }

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let name = state.stageName(picker.stage)
    let inner = open(box(in: area), title: "Swap the base of \(name)", buffer: &buffer, theme: theme)
    guard inner.height >= 5 else { return }
    var head = [Span("now ", role: .textDim), Span(picker.currentBase, role: .text)]
    if let final = state.sizes?.finalImage {
      head += [Span(" · final ", role: .textDim), Span(SizeText.figure(final), role: .sizeNumber)]
    }
    let popup = theme.style(.popup)
    Line(head).draw(x: inner.x, y: inner.y, clip: inner, into: &buffer, theme: theme, base: popup)
    TextInput(state: picker.query, prompt: "> ", placeholder: "type any image reference, or filter the list")
      .render(in: fieldRect(inner), into: &buffer, theme: theme)
    let imageWidth = max(12, inner.width - 16 - 10 - 11 - 9)
    let header = pad("IMAGE", imageWidth) + " " + pad("KIND", 15) + pad("FINAL", 10, right: true)
      + pad("DELTA", 11, right: true) + "  VERDICT"
    buffer.write(header, x: inner.x, y: inner.y + 2, style: popup.patched(with: theme.style(.title)), clip: inner)
    let rows = picker.visibleChoices
    let listArea = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 7))
    let items = rows.map { line(for: $0, imageWidth: imageWidth) }
    if items.isEmpty {
      let reason = picker.emptyReason ?? "no candidates"
      buffer.write(
        "No candidates: \(reason). Type a reference.", x: listArea.x, y: listArea.y, style: theme.style(.textDim),
        clip: listArea)
    }
    SelectableList(items, state: picker.list, highlightSymbol: "", base: popup).render(in: listArea, into: &buffer, theme: theme)
    let footer = Rect(x: inner.x, y: inner.maxY - 4, width: inner.width, height: 4)
    Paragraph(footerLines(), wraps: true, base: popup).render(in: footer, into: &buffer, theme: theme)
  }

  private func line(for choice: SwapChoice, imageWidth: Int) -> Line {
    let image = choice.image ?? "(original base)"
    var spans = [Span(pad(image, imageWidth) + " ", role: .text), Span(pad(choice.relation, 15), role: .textDim)]
    if let projected = picker.projections[choice.key], !picker.pending.contains(choice.key) {
      if projected.isKnown {
        spans.append(Span(pad(SizeText.figure(projected), 10, right: true), role: .sizeNumber))
      } else {
        spans.append(Span(pad("unknown", 10, right: true), role: .provenanceUnknown))
      }
      if let now = picker.unswapped ?? state.sizes?.finalImage, now.isKnown, projected.isKnown {
        let delta = projected.bytes - now.bytes
        spans.append(Span(pad(SizeText.delta(delta), 11, right: true), role: delta <= 0 ? .verdictOK : .verdictWarning))
      } else {
        spans.append(Span(pad(catalogDelta(choice), 11, right: true), role: .textDim))
      }
    } else {
      let waiting = picker.pending.contains(choice.key) || picker.typedWaiting == choice.image
      let text = waiting ? "…" : (picker.asked.contains(choice.key) ? "unknown" : "")
      spans.append(Span(pad(text, 10, right: true), role: text == "unknown" ? .provenanceUnknown : .textDim))
      spans.append(Span(pad(catalogDelta(choice), 11, right: true), role: .textDim))
    }
    let level = choice.verdicts.worstLevel
    let verdictText = choice.relation == "typed" && choice.verdicts.isEmpty ? "?" : level.rawValue
    spans.append(Span("  " + verdictText, role: role(level)))
    return Line(spans)
  }

  /// The catalog's change of the final image while no projection says better; none for a build stage,
  /// whose base the final image does not contain.
  private func catalogDelta(_ choice: SwapChoice) -> String {
    guard !picker.isBuildStage else { return "" }
    return choice.catalogDelta.map { SizeText.delta($0) } ?? ""
  }

  private func footerLines() -> [Line] {
    if let problem = picker.problem { return [Line(problem, role: .diagnosticError)] }
    guard let choice = picker.selectedChoice else { return [] }
    var lines = picker.projectionProblem(for: choice).map { [Line($0, role: .provenanceUnknown)] } ?? []
    lines += choice.verdicts.sorted { $0.level > $1.level }.map {
      Line([Span("\($0.level.rawValue) ", role: role($0.level)), Span("line \($0.line): \($0.reason)", role: .text)])
    }
    if let note = choice.note { lines.append(Line(note, role: .textDim)) }
    if lines.isEmpty { lines.append(Line("No problem found for this swap.", role: .verdictOK)) }
    return lines
  }

  private func role(_ level: VerdictLevel) -> ThemeRole {
    switch level {
    case .ok: .verdictOK
    case .warning: .verdictWarning
    case .breaks: .verdictBreaks
    }
  }
}
