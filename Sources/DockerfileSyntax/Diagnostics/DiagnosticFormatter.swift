/// Renders diagnostics the way `swiftc` does: a location line, the source
/// line, and a caret line under the range.
///
/// ```
/// Dockerfile:3:5: error: unterminated heredoc
/// RUN <<EOF
///     ^~~~~
/// ```
public struct DiagnosticFormatter: Sendable {
  /// The name printed before the position (usually the file's path).
  public var fileName: String

  /// Creates a formatter that names positions after `fileName`.
  public init(fileName: String) {
    self.fileName = fileName
  }

  /// The rendering of one diagnostic, without a trailing newline.
  public func format(_ diagnostic: Diagnostic, in source: SourceText) -> String {
    let start = source.position(of: diagnostic.range.lowerBound)
    var lines = ["\(fileName):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"]
    let lineRange = source.lineRange(start.line)
    let lineText = source.text(lineRange)
    guard !lineRange.isEmpty || !diagnostic.range.isEmpty else { return lines[0] }
    lines.append(displayable(lineText))
    let end = min(diagnostic.range.upperBound, lineRange.upperBound)
    let width = max(1, source.text(diagnostic.range.lowerBound..<max(end, diagnostic.range.lowerBound)).unicodeScalars.count)
    let indent = String(repeating: " ", count: start.column - 1)
    lines.append(indent + "^" + String(repeating: "~", count: width - 1))
    return lines.joined(separator: "\n")
  }

  /// The rendering of several diagnostics, each followed by a newline.
  public func format(_ diagnostics: [Diagnostic], in source: SourceText) -> String {
    diagnostics.map { format($0, in: source) + "\n" }.joined()
  }

  /// Replaces control characters by spaces so the caret line stays aligned.
  private func displayable(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
      scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
    }))
  }
}
