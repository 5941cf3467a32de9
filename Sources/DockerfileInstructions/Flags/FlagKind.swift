/// The kinds of builder flag BuildKit's `BFlags` knows.
public enum FlagKind: Hashable, Sendable {
  /// `--link`, `--link=true`, `--link=false`.
  case bool
  /// `--from=build`; given at most once.
  case string
  /// `--mount=…`, `--exclude=…`; may repeat.
  case strings
}

/// One flag an instruction accepts.
public struct FlagSpec: Hashable, Sendable {
  /// The name without dashes (`from`).
  public var name: String
  /// How its value is read.
  public var kind: FlagKind

  /// Creates a flag specification.
  public init(_ name: String, _ kind: FlagKind) {
    self.name = name
    self.kind = kind
  }
}
