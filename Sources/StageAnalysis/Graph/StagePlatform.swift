/// A stage's `FROM --platform=…`, as written and as BuildKit reads it.
public struct StagePlatform: Hashable, Sendable {
  /// The flag value as written (`$BUILDPLATFORM`).
  public var written: String
  /// The value after expansion; nil when expansion failed.
  public var expanded: String?
  /// The parsed platform; nil when blank or invalid.
  public var platform: Platform?
  /// The bytes of the flag in the file.
  public var range: Range<Int>
}
