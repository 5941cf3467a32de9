/// What a terminal can do beyond drawing text.
public struct TerminalCapabilities: Hashable, Sendable {
  /// How many colours it shows.
  public var color: ColorCapability
  /// Whether it reports mouse events.
  public var mouse: Bool

  /// Capabilities as given.
  public init(color: ColorCapability, mouse: Bool) {
    self.color = color
    self.mouse = mouse
  }
}

/// A screen the app draws on and reads input from: a real terminal, or memory in tests.
public protocol TerminalBackend: AnyObject {
  /// The screen's size in columns and rows.
  var size: (width: Int, height: Int) { get }
  /// What the terminal supports.
  var capabilities: TerminalCapabilities { get }
  /// Writes the given cells (a buffer diff); nothing shows until `flush()`.
  func draw(_ updates: [CellUpdate]) throws
  /// Clears the whole screen (before a full redraw).
  func clear() throws
  /// Shows the text cursor at a cell, or hides it with nil.
  func setCursor(_ position: (x: Int, y: Int)?) throws
  /// Makes everything drawn so far visible.
  func flush() throws
  /// Waits up to `timeout` milliseconds (negative: forever, zero: no wait) for the next input event.
  func pollInput(timeoutMilliseconds timeout: Int) throws -> InputEvent?
}
