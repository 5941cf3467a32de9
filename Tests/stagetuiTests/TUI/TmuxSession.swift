import Foundation
import Testing

/// A private tmux server running one command in a fixed-size pane, driven with `send-keys` and read with
/// `capture-pane`; the pane stays after the command exits so its status and terminal mode can be read.
final class TmuxSession {
  let socket: String
  let directory: URL

  /// Starts `command` (run by `sh -c` in `directory`) in a `width`×`height` pane.
  init(command: String, directory: URL, width: Int = 120, height: Int = 40) throws {
    self.socket = "stagetui-test-\(UUID().uuidString.prefix(8))"
    self.directory = directory
    try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory.path, "sh", "-c", command])
    try tmux(["set-option", "-g", "remain-on-exit", "on"])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  /// The screen as plain text lines.
  func capture() throws -> String {
    try tmux(["capture-pane", "-p", "-t", "0"])
  }

  /// Sends tmux key names (`"s"`, `"Enter"`, `"C-c"`, `"Escape"`) or literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
  }

  /// A pane format value (`pane_dead`, `pane_dead_status`, `pane_tty`).
  func value(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "0", "#{\(format)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen contains `text`; fails with the last screen after `timeout` seconds.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try capture()
      if screen.contains(text) { return screen }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("'\(text)' did not appear; the screen was:\n\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  /// Waits until the command has exited; returns its status, nil on timeout.
  func waitForExit(timeout: Double = 10) throws -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try value("pane_dead") == "1" { return Int32(try value("pane_dead_status")) }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  /// `stty -a` of the pane's terminal, read from outside.
  func terminalMode() throws -> String {
    try TmuxSession.run("/bin/stty", ["-F", try value("pane_tty"), "-a"])
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    try TmuxSession.run(TmuxSession.tmuxPath ?? "tmux", ["-L", socket] + arguments)
  }

  /// The tmux executable, or nil when it is not installed.
  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs a program and returns its standard output. The output goes through a file, not a pipe: a tmux
  /// server started by `new-session` keeps the descriptors it inherited open, so a pipe would never end.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-out-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outputURL) }
    let output = try FileHandle(forWritingTo: outputURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try output.close()
    return String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
  }
}
