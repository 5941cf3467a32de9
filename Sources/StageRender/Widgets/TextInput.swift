/// A one-line text field with a visible cursor, scrolled horizontally to keep the cursor in view.
public struct TextInput: Widget {
  public var state: TextInputState
  /// Shown dimmed while the text is empty.
  public var placeholder: String
  /// Text drawn before the field (`"/"`, `"Filter: "`).
  public var prompt: String

  /// A text input.
  public init(state: TextInputState, prompt: String = "", placeholder: String = "") {
    self.state = state
    self.prompt = prompt
    self.placeholder = placeholder
  }

  /// The first grapheme shown and the cursor's column, for a field `width` columns wide.
  public func layout(fieldWidth width: Int) -> (firstVisible: Int, cursorColumn: Int) {
    let characters = Array(state.text)
    let widths = characters.map { DisplayWidth.of($0) }
    var first = 0
    var before = widths[0..<state.cursor].reduce(0, +)
    while before >= width && first < state.cursor {
      before -= widths[first]
      first += 1
    }
    return (first, before)
  }

  /// The screen cell of the cursor when drawn in `area`.
  public func cursorPosition(in area: Rect) -> (x: Int, y: Int) {
    let promptWidth = DisplayWidth.of(prompt)
    let column = layout(fieldWidth: max(1, area.width - promptWidth)).cursorColumn
    return (area.x + promptWidth + column, area.y)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    let inputStyle = theme.style(.input)
    buffer.fill(row, style: inputStyle)
    let fieldX = buffer.write(prompt, x: row.x, y: row.y, style: theme.style(.title), clip: row)
    let field = Rect(x: fieldX, y: row.y, width: row.maxX - fieldX, height: 1)
    guard !field.isEmpty else { return }
    if state.text.isEmpty && !placeholder.isEmpty {
      buffer.write(
        placeholder, x: field.x, y: field.y, style: inputStyle.patched(with: theme.style(.textDim)),
        clip: field)
    }
    let (first, cursorColumn) = layout(fieldWidth: field.width)
    let visible = String(Array(state.text)[first...])
    buffer.write(visible, x: field.x, y: field.y, style: inputStyle, clip: field)
    let cursorX = field.x + cursorColumn
    if cursorX < field.maxX {
      let cell = buffer[cursorX, field.y]
      let symbol = cell.isContinuation || cell.symbol.isEmpty ? " " : cell.symbol
      let cursorStyle = inputStyle.patched(with: theme.style(.cursor))
      buffer.set(
        symbol, columns: DisplayWidth.of(symbol), x: cursorX, y: field.y, style: cursorStyle, clip: field)
    }
  }
}
