/// Why the terminal could not be set up.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal.
  case notATerminal
  /// `initscr` failed (for example, an unknown `TERM`).
  case initializationFailed(term: String)
  /// The signal self-pipe could not be created.
  case signalSetupFailed

  public var description: String {
    switch self {
    case .notATerminal:
      return "standard input and output must be a terminal; use a subcommand (graph, report) for pipes"
    case .initializationFailed(let term):
      return
        "cannot initialise the terminal (TERM=\(term)); check that TERM names an installed terminfo entry"
    case .signalSetupFailed:
      return "cannot set up signal handling"
    }
  }
}
