import StageRender

/// Whatever overlay is open, drawn over the panes; also says where the text cursor goes.
struct OverlayView: Widget {
  var state: AppState

  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    switch state.overlay {
    case .none:
      return
    case .help(let scroll):
      let lines = HelpText.lines(keys: state.keys)
      let box = frame(in: area, width: 76, height: lines.count + 2)
      let inner = open(box, title: "Keys (? or esc closes)", buffer: &buffer, theme: theme)
      Paragraph(lines, wraps: false, scroll: min(scroll, max(0, lines.count - inner.height)), base: theme.style(.popup))
        .render(in: inner, into: &buffer, theme: theme)
    case .swapPicker(let picker):
      SwapPickerView(state: state, picker: picker).render(in: area, into: &buffer, theme: theme)
    case .targetPicker(let list):
      let stages = state.document.graph.stages
      let box = frame(in: area, width: 60, height: stages.count + 4)
      let inner = open(box, title: "Target stage (enter chooses)", buffer: &buffer, theme: theme)
      let items = stages.map { stage -> Line in
        Line([
          Span(stage.isTarget ? "◎ " : "  ", role: .stageTarget),
          Span(pad(stage.displayName, 24), role: stage.isReachable ? .text : .stageUnreachable),
          Span("FROM " + stage.base.written, role: .textDim),
        ])
      }
      SelectableList(items, state: list, base: theme.style(.popup)).render(in: inner, into: &buffer, theme: theme)
    case .filter(let field):
      let bar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
      buffer.fill(bar, style: theme.style(.popup))
      TextInput(state: field, prompt: "/", placeholder: "filter stages and instructions (enter keeps, esc clears)")
        .render(in: bar, into: &buffer, theme: theme)
    case .exportDiff(let diff):
      ExportDiffView(state: state, diff: diff).render(in: area, into: &buffer, theme: theme)
    case .exportPath(let field):
      let box = frame(in: area, width: 70, height: 6)
      let inner = open(box, title: "Write the edited Dockerfile", buffer: &buffer, theme: theme)
      buffer.write("Path (enter writes, esc goes back):", x: inner.x, y: inner.y, style: theme.style(.textDim), clip: inner)
      TextInput(state: field, prompt: "> ").render(in: fieldRect(inner), into: &buffer, theme: theme)
    case .confirmOverwrite(let path):
      question("\(path) exists. Replace it? (y/n)", title: "Overwrite", area: area, buffer: &buffer, theme: theme)
    case .confirmQuit:
      question("Swaps are not exported. Quit anyway? (y/n)", title: "Quit", area: area, buffer: &buffer, theme: theme)
    }
  }

  /// The cursor of the open text field, if any.
  func cursor(in area: Rect) -> (x: Int, y: Int)? {
    switch state.overlay {
    case .filter(let field):
      let bar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
      return TextInput(state: field, prompt: "/").cursorPosition(in: bar)
    case .exportPath(let field):
      let inner = frame(in: area, width: 70, height: 6).inset(by: 1).inset(horizontal: 1, vertical: 0)
      return TextInput(state: field, prompt: "> ").cursorPosition(in: fieldRect(inner))
    case .swapPicker(let picker):
      return SwapPickerView(state: state, picker: picker).cursor(in: area)
    default:
      return nil
    }
  }

  private func fieldRect(_ inner: Rect) -> Rect {
    Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1)
  }

  private func question(_ text: String, title: String, area: Rect, buffer: inout CellBuffer, theme: Theme) {
    let box = frame(in: area, width: DisplayWidth.of(text) + 6, height: 3)
    let inner = open(box, title: title, buffer: &buffer, theme: theme)
    buffer.write(text, x: inner.x, y: inner.y, style: theme.style(.popup).patched(with: theme.style(.title)), clip: inner)
  }
}

/// A popup frame of at most `width`×`height` centred in `area`.
func frame(in area: Rect, width: Int, height: Int) -> Rect {
  area.centered(width: min(width, area.width - 2), height: min(height, area.height))
}

/// Clears `box`, draws its border and title, and returns the room inside (one column of padding).
func open(_ box: Rect, title: String, buffer: inout CellBuffer, theme: Theme) -> Rect {
  buffer.fill(box, style: theme.style(.popup))
  let block = Block(title: title, isActive: true)
  block.render(in: box, into: &buffer, theme: theme)
  return block.inner(box).inset(horizontal: 1, vertical: 0)
}
