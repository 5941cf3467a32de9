/// A key and what it does, as shown in a status line or help overlay.
public struct KeyHint: Hashable, Sendable {
  public var key: String
  public var action: String

  /// A hint.
  public init(key: String, action: String) {
    self.key = key
    self.action = action
  }
}
