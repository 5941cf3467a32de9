/// Renders diagnostics the way `swiftc` does: a location line, the source
/// line, and a caret line under the range.
///
/// ```
/// Dockerfile:3:5: error: unterminated heredoc
/// RUN <<EOF
///     ^~~~~
/// ```
///
/// A line wider than `maxColumns` terminal columns is shown as a window around the range,
/// with `…` where text was left out, so a 5 MB line costs a few hundred bytes of output, not
/// 5 MB. Widths are terminal columns: wide (CJK) characters count two, combining marks none,
/// and control characters, tabs included, are shown as one space, so the caret stays under the range.
public struct DiagnosticFormatter: Sendable {
  /// The name printed before the position (usually the file's path).
  public var fileName: String
  /// The widest source line shown, in terminal columns (markers included).
  public var maxColumns: Int
  /// The longest message shown, in characters; a longer one (quoting a huge word) is cut with `…`.
  public var maxMessageLength: Int

  /// Creates a formatter that names positions after `fileName`.
  public init(fileName: String, maxColumns: Int = 120, maxMessageLength: Int = 400) {
    self.fileName = fileName
    self.maxColumns = max(maxColumns, 8)
    self.maxMessageLength = max(maxMessageLength, 8)
  }

  /// The rendering of one diagnostic, without a trailing newline.
  public func format(_ diagnostic: Diagnostic, in source: SourceText) -> String {
    let start = source.position(of: diagnostic.range.lowerBound)
    let header = "\(fileName):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(shortened(diagnostic.message))"
    let lineRange = source.lineRange(start.line)
    guard !lineRange.isEmpty || !diagnostic.range.isEmpty else { return header }
    let spanStart = min(max(diagnostic.range.lowerBound, lineRange.lowerBound), lineRange.upperBound)
    let spanEnd = min(max(diagnostic.range.upperBound, spanStart), lineRange.upperBound)
    let window = LineWindow(
      bytes: source.bytes, line: lineRange, span: spanStart..<spanEnd, maxColumns: maxColumns)
    return header + "\n" + window.text + "\n" + String(repeating: " ", count: window.caretColumn) + "^"
      + String(repeating: "~", count: max(window.caretWidth, 1) - 1)
  }

  /// The rendering of several diagnostics, each followed by a newline.
  public func format(_ diagnostics: [Diagnostic], in source: SourceText) -> String {
    diagnostics.map { format($0, in: source) + "\n" }.joined()
  }

  /// The message cut to `maxMessageLength` characters, control characters (a Dockerfile's own
  /// bytes quoted in it, such as an escape sequence) replaced by spaces.
  private func shortened(_ message: String) -> String {
    var text = message
    if text.unicodeScalars.contains(where: DisplayWidth.isControl) {
      text = String(String.UnicodeScalarView(text.unicodeScalars.map(DisplayWidth.shown)))
    }
    guard text.utf8.count > maxMessageLength, text.count > maxMessageLength else { return text }
    return String(text.prefix(maxMessageLength - 1)) + "…"
  }
}
