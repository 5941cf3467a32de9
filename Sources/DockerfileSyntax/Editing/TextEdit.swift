/// A replacement of a byte range of the source.
public struct TextEdit: Hashable, Sendable {
  /// The bytes to replace (empty to insert).
  public var range: Range<Int>
  /// The new bytes.
  public var replacement: [UInt8]

  /// Creates an edit that replaces `range` with `replacement`.
  public init(range: Range<Int>, replacement: [UInt8]) {
    self.range = range
    self.replacement = replacement
  }

  /// Creates an edit that replaces `range` with the UTF-8 bytes of `text`.
  public init(range: Range<Int>, replacement text: String) {
    self.init(range: range, replacement: Array(text.utf8))
  }
}
