/// A bordered box centred over whatever is below it, with content inside.
public struct Popup: Widget {
  public var title: String?
  /// What is drawn inside the border.
  public var content: any Widget
  /// Wanted outer size; clamped to the area.
  public var width: Int
  public var height: Int

  /// A popup.
  public init(title: String?, content: any Widget, width: Int, height: Int) {
    self.title = title
    self.content = content
    self.width = width
    self.height = height
  }

  /// Where the popup lands inside `area`.
  public func frame(in area: Rect) -> Rect {
    area.centered(width: width, height: height)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    let box = frame(in: area)
    guard !box.isEmpty else { return }
    buffer.fill(box, style: theme.style(.popup))
    let block = Block(title: title, isActive: true)
    block.render(in: box, into: &buffer, theme: theme)
    content.render(in: block.inner(box).inset(horizontal: 1, vertical: 0), into: &buffer, theme: theme)
  }
}
