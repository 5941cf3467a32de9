/// Lines of styled text, optionally word-wrapped, scrolled by a number of rows.
public struct Paragraph: Widget {
  public var lines: [Line]
  /// Whether long lines wrap at word boundaries (otherwise they are cut at the edge).
  public var wraps: Bool
  /// Rows of (wrapped) text skipped at the top.
  public var scroll: Int
  /// The style the text is laid over (a popup's), so default colours show it instead of the terminal's.
  public var base: Style?

  /// A paragraph.
  public init(_ lines: [Line], wraps: Bool = true, scroll: Int = 0, base: Style? = nil) {
    self.lines = lines
    self.wraps = wraps
    self.scroll = scroll
    self.base = base
  }

  /// A paragraph of plain text, split at newlines.
  public init(text: String, role: ThemeRole = .text, wraps: Bool = true, scroll: Int = 0) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Line(String($0), role: role)
    }
    self.init(lines, wraps: wraps, scroll: scroll)
  }

  /// The rows the text takes at `width` (after wrapping).
  public func visualLines(width: Int) -> [Line] {
    wraps ? lines.flatMap { TextWrap.wrap($0, width: width) } : lines
  }

  public func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let rows = visualLines(width: area.width)
    let start = max(0, min(scroll, rows.count))
    for (offset, line) in rows[start...].prefix(area.height).enumerated() {
      line.draw(x: area.x, y: area.y + offset, clip: area, into: &buffer, theme: theme, base: base)
    }
  }
}
