import DockerfileSyntax

/// One `name=value` of an `ENV` or `LABEL`, with the ranges it was read from.
public struct KeyValuePair: Hashable, Sendable {
  /// The name as BuildKit reports it.
  public var key: String
  /// The value as BuildKit reports it (quotes still in place; they are removed at expansion).
  public var value: String
  /// `=` for `name=value`, a space for the legacy `name value` form.
  public var separator: String
  /// The bytes of the name, when contiguous.
  public var keyRange: Range<Int>?
  /// The bytes of the value, when contiguous.
  public var valueRange: Range<Int>?

  /// Whether the legacy space-separated form was used.
  public var isLegacyForm: Bool { separator != "=" }
}
