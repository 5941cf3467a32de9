/// Something a signal asked the app to do; poll it with `NcursesTerminal.takeRequest()`.
public enum TerminalRequest: Hashable, Sendable {
  /// SIGINT, SIGTERM or SIGHUP arrived: restore the terminal and exit with `exitCode`.
  case quit(signal: Int32)
  /// The program was resumed after a stop: the screen was lost, draw everything again.
  case redraw

  /// The conventional exit status for a quit request: 128 + the signal number.
  public var exitCode: Int32 {
    if case .quit(let signal) = self { return 128 + signal }
    return 0
  }
}
