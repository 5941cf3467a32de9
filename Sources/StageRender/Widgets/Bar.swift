/// A horizontal bar whose length is proportional to `value / maximum`, drawn with eighth blocks.
public struct Bar: Widget {
  public var value: Double
  public var maximum: Double
  public var role: ThemeRole

  /// The eighth-block characters, from one eighth to a full block.
  static let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// A bar.
  public init(value: Double, maximum: Double, role: ThemeRole = .sizeBar) {
    self.value = value
    self.maximum = maximum
    self.role = role
  }

  /// The bar's length in eighths of a cell for `width` columns.
  public func eighthsFilled(width: Int) -> Int {
    guard maximum > 0, value > 0, width > 0 else { return 0 }
    let fraction = min(1, value / maximum)
    return min(width * 8, Int((fraction * Double(width * 8)).rounded()))
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let filled = eighthsFilled(width: area.width)
    let style = theme.style(role)
    for row in area.y..<area.maxY {
      for column in 0..<(filled / 8) {
        buffer.set("█", columns: 1, x: area.x + column, y: row, style: style, clip: area)
      }
      if filled % 8 > 0 {
        buffer.set(
          Bar.eighths[filled % 8 - 1], columns: 1, x: area.x + filled / 8, y: row, style: style, clip: area)
      }
    }
  }
}
