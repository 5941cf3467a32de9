import CNcursesw

/// Restores the terminal on signals and crashes, and tells the app when a signal asked it to quit or redraw.
///
/// The C side (in `CNcursesw/shim.h`) keeps its state in `static` variables, so it must be
/// called from this file only: every Swift file that calls it would get its own copy.
enum TerminalGuard {
  /// Remembers the shell's terminal mode and takes SIGTSTP; call before `initscr`.
  static func saveShellMode(fileDescriptor: Int32) {
    stagetui_save_shell_mode(fileDescriptor)
  }

  /// Installs the handlers for SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT and the crash signals,
  /// and sends standard error to a buffer that `remove()` (or a crash) writes out after the UI.
  ///
  /// Returns false when the self-pipe could not be made.
  static func install(mouseEnabled: Bool) -> Bool {
    stagetui_guard_install(mouseEnabled ? 1 : 0) >= 0
  }

  /// Runs `body` (writing a frame) with a stop that arrives meanwhile deferred to its end.
  static func update(_ body: () -> Void) {
    stagetui_guard_begin_update()
    body()
    stagetui_guard_end_update()
  }

  /// Turns off the terminal's interrupt character, so ctrl+c arrives as a key; false on failure.
  static func disableInterruptCharacter(fileDescriptor: Int32) -> Bool {
    stagetui_disable_interrupt_character(fileDescriptor) == 0
  }

  /// Puts every handled signal back to its default action and writes out buffered standard error.
  static func remove() {
    stagetui_guard_remove()
  }

  /// The signal that asked the program to quit, if one did.
  static var quitSignal: Int32? {
    let signal = stagetui_guard_quit_signal()
    return signal == 0 ? nil : signal
  }

  /// Whether the program was resumed after a stop since the last call (the request is cleared).
  static func takeRedrawRequest() -> Bool {
    stagetui_guard_take_redraw() != 0
  }

  /// Waits up to `timeout` milliseconds (negative: forever) for terminal input or a signal.
  ///
  /// Returns true when the terminal has input.
  static func wait(inputDescriptor: Int32, timeoutMilliseconds timeout: Int) -> Bool {
    let result = stagetui_guard_wait(inputDescriptor, Int32(clamping: timeout)) != 0
    stagetui_guard_drain()
    return result
  }
}
