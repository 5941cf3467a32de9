import StageRender

/// The status line: file, target, final size with provenance, swaps, progress, key hints.
struct StatusBar: Widget {
  var state: AppState

  static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    var spans: [Span] = []
    if let note = state.note {
      spans.append(Span(note.text, role: note.role))
    } else {
      spans.append(Span(state.document.fileName, role: .status))
      let target = state.document.graph.target?.displayName ?? "none"
      spans.append(Span(" · target ", role: .status))
      spans.append(Span(target, role: .stageTarget))
      if let final = state.sizes?.finalImage {
        spans.append(Span(" · final ", role: .status))
        spans.append(Span(SizeText.figure(final), role: .sizeNumber))
        spans.append(Span(" " + SizeText.mark(final.provenance), role: SizeText.role(final.provenance)))
      }
      let swaps = state.document.swaps.swaps.count
      if swaps > 0 {
        var text = " · \(swaps) swap\(swaps == 1 ? "" : "s")"
        if let before = state.baseline?.finalImage, let after = state.sizes?.finalImage {
          text += " \(SizeText.figure(before))→\(SizeText.figure(after))"
        }
        spans.append(Span(text, role: .swapChanged))
        if state.hasUnsavedEdits { spans.append(Span(" *", role: .swapChanged)) }
      }
    }
    if state.isBusy {
      let frame = StatusBar.spinner[state.spinnerFrame % StatusBar.spinner.count]
      var text = " " + frame
      if !state.pendingLookups.isEmpty {
        text += " engine \(state.lookupsAsked - state.pendingLookups.count)/\(state.lookupsAsked)"
      } else {
        text += " sizing"
      }
      spans.append(Span(text, role: .provenanceEstimate))
    }
    let hints = [
      state.keys.hint(.help, in: .global, label: "help"), state.keys.hint(.swap, in: .global, label: "swap"),
      state.keys.hint(.export, in: .global, label: "export"), state.keys.hint(.quit, in: .global, label: "quit"),
    ].compactMap { $0 }
    let room = area.width - Line(spans).width - 4
    let shown = hints.reduce(into: [KeyHint]()) { result, hint in
      let width = (result + [hint]).reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.action) + 3 }
      if width <= room { result.append(hint) }
    }
    StatusLine(message: Line(spans), hints: shown).render(in: area, into: &buffer, theme: theme)
  }
}
