import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The pane's terminal device, opened from outside to set its size the way a terminal emulator
/// does (`TIOCSWINSZ`, which sends SIGWINCH to the program in the foreground).
final class PaneTerminal {
  /// Why the device could not be used.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let descriptor: Int32

  /// Opens `path`, such as `/dev/pts/3`, without making it the test process's controlling terminal.
  init(path: String) throws {
    descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))")
    }
  }

  deinit {
    close(descriptor)
  }

  /// Sets the terminal to `width` columns and `height` rows.
  func setSize(width: Int, height: Int) throws {
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(descriptor, UInt(TIOCSWINSZ), &size) == 0 else {
      throw Failure(description: "TIOCSWINSZ failed: \(String(cString: strerror(errno)))")
    }
  }
}
