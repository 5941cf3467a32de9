/// A parsed `.dockerignore` file, read the way moby/patternmatcher's `ignorefile.ReadAll` reads it.
///
/// Rules, in order, per line (lines split on `\n`, one trailing `\r` dropped,
/// a UTF-8 BOM stripped from the first line only):
/// - a line whose first byte is `#` is a comment (a `#` after leading spaces is not);
/// - surrounding Unicode white space is trimmed; an empty line is skipped;
/// - a leading `!` marks an exception, and the rest is trimmed again;
/// - the rest is cleaned with `filepath.Clean` and one leading `/` is removed
///   (so `/a`, `./a` and `a` are the same pattern).
/// A `!` with nothing after it is kept as `!`; building a ``PatternMatcher``
/// from it fails, as BuildKit's build fails.
public struct DockerignoreFile: Sendable, Equatable {
  /// The patterns in file order, comments and blank lines left out.
  public var patterns: [DockerignorePattern]

  /// Creates a file from already-parsed patterns.
  public init(patterns: [DockerignorePattern]) {
    self.patterns = patterns
  }

  /// Parses the text of an ignore file.
  public init(text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// Parses the raw bytes of an ignore file (invalid UTF-8 is decoded with replacement characters).
  public init(bytes: [UInt8]) {
    var result: [DockerignorePattern] = []
    var lineNumber = 0
    for var line in Self.lines(of: bytes) {
      if lineNumber == 0, line.starts(with: Self.byteOrderMark) {
        line.removeFirst(Self.byteOrderMark.count)
      }
      lineNumber += 1
      if line.first == UInt8(ascii: "#") { continue }
      let raw = String(decoding: line, as: UTF8.self)
      var pattern = Self.trimmingSpace(raw)
      if pattern.isEmpty { continue }
      let isException = pattern.utf8.first == UInt8(ascii: "!")
      if isException {
        pattern = Self.trimmingSpace(String(pattern.unicodeScalars.dropFirst()))
      }
      if !pattern.isEmpty {
        pattern = ContextPath.clean(pattern)
        if pattern.utf8.count > 1, pattern.utf8.first == UInt8(ascii: "/") {
          pattern = String(pattern.unicodeScalars.dropFirst())
        }
      }
      result.append(
        DockerignorePattern(line: lineNumber, source: raw, pattern: pattern, isException: isException))
    }
    patterns = result
  }

  /// The pattern strings as `ignorefile.ReadAll` returns them (`!` prefixed for exceptions).
  public var patternStrings: [String] {
    patterns.map(\.readAllForm)
  }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Splits like Go's `bufio.ScanLines`: on `\n`, dropping one `\r` before it;
  /// a last line without `\n` counts, an empty tail after the last `\n` does not.
  static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      lines.append(droppingCarriageReturn(bytes[start..<index]))
      start = index + 1
    }
    if start < bytes.endIndex {
      lines.append(droppingCarriageReturn(bytes[start...]))
    }
    return lines
  }

  private static func droppingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    line.last == UInt8(ascii: "\r") ? line.dropLast() : line
  }

  /// Go's `strings.TrimSpace`: trims Unicode `White_Space` scalars at both ends.
  static func trimmingSpace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(Substring(scalars[first...last]))
  }
}

/// One pattern line of a `.dockerignore` file.
public struct DockerignorePattern: Sendable, Equatable {
  /// The 1-based line number in the file (comment and blank lines count).
  public var line: Int
  /// The line as written, before trimming and cleaning.
  public var source: String
  /// The cleaned pattern, without the `!` of an exception.
  public var pattern: String
  /// Whether the line re-includes what earlier lines excluded (`!pattern`).
  public var isException: Bool

  /// Creates a pattern line.
  public init(line: Int, source: String, pattern: String, isException: Bool) {
    self.line = line
    self.source = source
    self.pattern = pattern
    self.isException = isException
  }

  /// The form `ignorefile.ReadAll` returns: `!` prefixed for an exception.
  public var readAllForm: String {
    isException ? "!" + pattern : pattern
  }
}
