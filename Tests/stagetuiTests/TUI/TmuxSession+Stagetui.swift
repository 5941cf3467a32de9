import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Starting stagetui from the pane's shell and reading how it ended.
///
/// A launch types one command line: no core files, `stty -a` to `stty-before.txt`, the program (which writes
/// its process id to `app.pid` first), then its status and a second `stty -a` to `stty-after.txt`,
/// and only then `status.txt`, so a test that sees the status also has the mode after.
extension TmuxSession {
  /// Starts the built binary with `arguments` in the pane, with `environment` added.
  func launch(_ arguments: [String], environment: [String: String] = [:]) async throws {
    let binary = try #require(TUIEnvironment.binary, "the stagetui binary was not built")
    removeRecords()
    let variables = environment.sorted { $0.key < $1.key }.map { Self.quoted("\($0.key)=\($0.value)") }
    let program = ([binary.path] + arguments).map(Self.quoted).joined(separator: " ")
    let start = "sh -c 'echo $$ > app.pid; exec \"$0\" \"$@\"' \(program)"
    let command = variables.isEmpty ? start : "env \(variables.joined(separator: " ")) \(start)"
    try await enter("ulimit -c 0; stty -a > stty-before.txt; " + Self.recorded(command))
  }

  /// Types `command`, such as `fg`, so that its status and the terminal mode after it are recorded.
  func run(recording command: String) async throws {
    removeRecords()
    try await enter(Self.recorded(command))
  }

  private static func recorded(_ command: String) -> String {
    "\(command); echo $? > status.tmp; stty -a > stty-after.txt; mv status.tmp status.txt"
  }

  private func removeRecords() {
    for name in ["status.txt", "status.tmp", "stty-after.txt", "app.pid"] {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// The running program's process id, once it has written it.
  func programID(timeout: Double = 15) async throws -> pid_t {
    let file = directory.appendingPathComponent("app.pid")
    var pid: pid_t?
    try await waitUntil("the program to start", timeout: timeout) {
      pid = (try? String(contentsOf: file, encoding: .utf8)).flatMap {
        pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      return pid != nil
    }
    return try #require(pid)
  }

  /// Sends `signal` to the program.
  func signal(_ signal: Int32) async throws {
    let pid = try await programID()
    #expect(Glibc.kill(pid, signal) == 0, "kill(\(pid), \(signal)) failed")
  }

  /// Waits for the recorded command to end and returns its status as the shell saw it (128 + the
  /// signal when a signal ended or stopped it).
  func waitForStatus(timeout: Double = 15) async throws -> Int32 {
    let file = directory.appendingPathComponent("status.txt")
    var status: Int32?
    try await waitUntil("the program to exit", timeout: timeout) {
      status = (try? String(contentsOf: file, encoding: .utf8)).flatMap {
        Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      return status != nil
    }
    return try #require(status)
  }

  /// Checks that the terminal is as the shell had it: the same `stty -a`, the main screen, the
  /// cursor visible.
  func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let before = try String(contentsOf: directory.appendingPathComponent("stty-before.txt"), encoding: .utf8)
    let after = try String(contentsOf: directory.appendingPathComponent("stty-after.txt"), encoding: .utf8)
    #expect(after == before, "stty -a differs after the program", sourceLocation: sourceLocation)
    #expect(
      try await value("alternate_on") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
    #expect(try await value("cursor_flag") == "1", "the cursor is hidden", sourceLocation: sourceLocation)
  }

  /// A word for `sh`: single-quoted, with embedded quotes escaped.
  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
