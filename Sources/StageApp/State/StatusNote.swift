import StageRender

/// A one-line message in the status bar until the next key.
public struct StatusNote: Hashable, Sendable {
  public var text: String
  public var role: ThemeRole

  /// A note.
  public init(_ text: String, role: ThemeRole = .text) {
    self.text = text
    self.role = role
  }
}
