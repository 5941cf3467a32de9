/// A bordered box with an optional title; the border's role follows whether the box has focus.
public struct Block: Widget {
  /// Text in the top border.
  public var title: String?
  /// Whether the box has focus (`border.active`) or not (`border.inactive`).
  public var isActive: Bool
  /// A role to use for the border instead of the active/inactive ones.
  public var borderRole: ThemeRole?

  /// A block.
  public init(title: String? = nil, isActive: Bool = false, borderRole: ThemeRole? = nil) {
    self.title = title
    self.isActive = isActive
    self.borderRole = borderRole
  }

  /// The area inside the border.
  public func inner(_ area: Rect) -> Rect {
    area.inset(by: 1)
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard area.width >= 2, area.height >= 2 else { return }
    let style = theme.style(borderRole ?? (isActive ? .borderActive : .borderInactive))
    let right = area.maxX - 1
    let bottom = area.maxY - 1
    for column in (area.x + 1)..<right {
      buffer.set("─", columns: 1, x: column, y: area.y, style: style, clip: area)
      buffer.set("─", columns: 1, x: column, y: bottom, style: style, clip: area)
    }
    for row in (area.y + 1)..<bottom {
      buffer.set("│", columns: 1, x: area.x, y: row, style: style, clip: area)
      buffer.set("│", columns: 1, x: right, y: row, style: style, clip: area)
    }
    buffer.set("┌", columns: 1, x: area.x, y: area.y, style: style, clip: area)
    buffer.set("┐", columns: 1, x: right, y: area.y, style: style, clip: area)
    buffer.set("└", columns: 1, x: area.x, y: bottom, style: style, clip: area)
    buffer.set("┘", columns: 1, x: right, y: bottom, style: style, clip: area)
    if let title, area.width > 4 {
      let text = DisplayWidth.truncate(title, toColumns: area.width - 4)
      let titleArea = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1)
      let titleStyle = style.patched(with: theme.style(.title))
      buffer.write(" " + text + " ", x: area.x + 1, y: area.y, style: titleStyle, clip: titleArea)
    }
  }
}
