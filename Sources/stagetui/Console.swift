import ArgumentParser
import Foundation

/// Writes to standard output and standard error with `write(2)`, so a full disk or a closed pipe
/// becomes an exit status (`ExitCode.writeFailed`) instead of a trap in `FileHandle.write`.
enum Console {
  /// Writes `text` to standard output.
  static func output(_ text: String) throws(ExitCode) {
    try output(Array(text.utf8))
  }

  /// Writes `bytes` to standard output; on failure says why on standard error (not for a closed
  /// pipe, whose reader has gone) and throws `ExitCode.writeFailed`.
  static func output(_ bytes: [UInt8]) throws(ExitCode) {
    let code = writeAll(STDOUT_FILENO, bytes)
    guard code != 0 else { return }
    if code != EPIPE {
      error("stagetui: error: cannot write to standard output: \(String(cString: strerror(code)))")
    }
    throw .writeFailed
  }

  /// Writes one message line (a newline is added when missing) to standard error; failures are ignored,
  /// there is nowhere left to report them.
  static func error(_ message: String) {
    guard !message.isEmpty else { return }
    _ = writeAll(STDERR_FILENO, Array((message.hasSuffix("\n") ? message : message + "\n").utf8))
  }

  /// Writes every byte, retrying short writes and `EINTR`; 0 on success, else the `errno`.
  private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { buffer -> Int32 in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }
}
