/// A vertical list of lines with one selectable row, scrolled to keep the selection visible.
public struct SelectableList: Widget {
  public var items: [Line]
  public var state: ListState
  /// Drawn before the selected row (and as blanks before the others).
  public var highlightSymbol: String

  /// A list.
  public init(_ items: [Line], state: ListState, highlightSymbol: String = "▶ ") {
    self.items = items
    self.state = state
    self.highlightSymbol = highlightSymbol
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let visible = state.scrolledToSelection(visibleRows: area.height, count: items.count)
    let symbolWidth = DisplayWidth.of(highlightSymbol)
    let padding = String(repeating: " ", count: symbolWidth)
    for row in 0..<area.height {
      let index = visible.offset + row
      guard index < items.count else { break }
      let y = area.y + row
      let isSelected = index == visible.selected
      let base: Style? = isSelected ? theme.style(.selection) : nil
      if let base {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base)
      }
      let prefixStyle = base ?? theme.style(.text)
      let x = buffer.write(
        isSelected ? highlightSymbol : padding, x: area.x, y: y, style: prefixStyle, clip: area)
      items[index].draw(x: x, y: y, clip: area, into: &buffer, theme: theme, base: base)
    }
  }
}
