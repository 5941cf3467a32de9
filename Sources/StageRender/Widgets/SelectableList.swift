/// A vertical list of lines with one selectable row, scrolled to keep the selection visible.
public struct SelectableList: Widget {
  public var items: [Line]
  public var state: ListState
  /// Drawn before the selected row (and as blanks before the others).
  public var highlightSymbol: String
  /// The style the other rows are laid over (a popup's), so default colours show it.
  public var base: Style?

  /// A list.
  public init(_ items: [Line], state: ListState, highlightSymbol: String = "▶ ", base: Style? = nil) {
    self.items = items
    self.state = state
    self.highlightSymbol = highlightSymbol
    self.base = base
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
      let rowBase: Style? = isSelected ? theme.style(.selection) : base
      if isSelected, let rowBase {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowBase)
      }
      let prefixStyle = rowBase.map { $0.patched(with: theme.style(.text)) } ?? theme.style(.text)
      let x = buffer.write(
        isSelected ? highlightSymbol : padding, x: area.x, y: y, style: isSelected ? rowBase ?? prefixStyle : prefixStyle,
        clip: area)
      items[index].draw(
        x: x, y: y, clip: area, into: &buffer, theme: theme, base: base,
        highlight: isSelected ? theme.style(.selection) : nil)
    }
  }
}
