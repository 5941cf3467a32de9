/// A run of text drawn in one theme role.
public struct Span: Hashable, Sendable {
  public var text: String
  public var role: ThemeRole

  /// A span of `text` in `role`.
  public init(_ text: String, role: ThemeRole = .text) {
    self.text = text
    self.role = role
  }
}

/// One line of text made of spans.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
  public var spans: [Span]

  /// A line of the given spans.
  public init(_ spans: [Span]) { self.spans = spans }
  /// A line of plain text in one role.
  public init(_ text: String, role: ThemeRole = .text) { self.spans = [Span(text, role: role)] }
  public init(stringLiteral value: String) { self.init(value) }

  /// Columns the line takes.
  public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// Draws the line from (`x`, `y`), clipped to `clip`, with `base` laid under each span's role style
  /// and `highlight` (a selected row's style) laid over it.
  @discardableResult
  public func draw(
    x: Int, y: Int, clip: Rect, into buffer: inout CellBuffer, theme: Theme, base: Style? = nil,
    highlight: Style? = nil
  ) -> Int {
    var column = x
    for span in spans {
      var style = base.map { $0.patched(with: theme.style(span.role)) } ?? theme.style(span.role)
      if let highlight { style = style.patched(with: highlight) }
      column = buffer.write(span.text, x: column, y: y, style: style, clip: clip)
    }
    return column
  }
}
