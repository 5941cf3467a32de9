import StageRender

/// Draws the whole screen from the state: a pure function, so tests compare screens line by line.
public enum AppView {
  /// Draws `state` into `buffer` (sized to the terminal) with `theme`.
  public static func render(_ state: AppState, into buffer: inout CellBuffer, theme: Theme) {
    buffer.fill(buffer.area, style: theme.style(.text))
    guard !AppLayout.isTooSmall(width: buffer.width, height: buffer.height) else {
      drawTooSmall(into: &buffer, theme: theme)
      return
    }
    let layout = AppLayout(width: buffer.width, height: buffer.height)
    GraphPane(state: state).render(in: layout.graph, into: &buffer, theme: theme)
    LayersPane(state: state).render(in: layout.layers, into: &buffer, theme: theme)
    DetailPane(state: state).render(in: layout.detail, into: &buffer, theme: theme)
    StatusBar(state: state).render(in: layout.status, into: &buffer, theme: theme)
    OverlayView(state: state).render(in: Rect(x: 0, y: 0, width: buffer.width, height: buffer.height - 1), into: &buffer, theme: theme)
  }

  /// Where the text cursor goes (in a text field), or nil to hide it.
  public static func cursor(for state: AppState) -> (x: Int, y: Int)? {
    guard !AppLayout.isTooSmall(width: state.width, height: state.height) else { return nil }
    return OverlayView(state: state).cursor(in: Rect(x: 0, y: 0, width: state.width, height: state.height - 1))
  }

  private static func drawTooSmall(into buffer: inout CellBuffer, theme: Theme) {
    let lines = [
      "Terminal too small",
      "\(buffer.width)×\(buffer.height), need \(AppLayout.minimumWidth)×\(AppLayout.minimumHeight)",
      "q quits",
    ]
    let top = max(0, (buffer.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < buffer.height {
      let text = DisplayWidth.truncate(line, toColumns: buffer.width)
      let x = max(0, (buffer.width - DisplayWidth.of(text)) / 2)
      buffer.write(text, x: x, y: top + offset, style: theme.style(offset == 0 ? .title : .text))
    }
  }
}
