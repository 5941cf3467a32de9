import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A private tmux server (its own socket, `-L`) with one fixed-size pane running an interactive
/// `dash`, driven with `send-keys` and read with `capture-pane`.
///
/// The pane holds a shell rather than the program, so the tests do what a user does: type a
/// command line, record `stty -a` in the same terminal before and after, suspend to the shell and
/// `fg` back. `dash` never changes the terminal mode itself (no line editor, and unlike bash it
/// does not save and restore the mode around a stopped job), so what the tests see is what
/// stagetui left. Every wait has a deadline and fails with the last screen.
final class TmuxSession: Sendable {
  /// The tmux socket name, unique per session so parallel tests never share a server.
  let socket: String
  /// The working directory of the pane.
  let directory: URL
  /// The session (and target) name.
  static let target = "main"

  private init(socket: String, directory: URL) {
    self.socket = socket
    self.directory = directory
  }

  /// Runs `body` with a new `width`×`height` session in `directory`; the server is killed afterwards
  /// however `body` ends.
  static func with<T>(
    directory: URL, width: Int, height: Int, _ body: (TmuxSession) async throws -> T
  ) async throws -> T {
    let tmux = try #require(TUIEnvironment.tmuxPath, "tmux is not installed")
    let socket = "stagetui-\(getpid())-\(UUID().uuidString.prefix(8))"
    let session = TmuxSession(socket: socket, directory: directory)
    let shell = TUIEnvironment.shellPath
    let started = try await TmuxCommand(
      executable: tmux,
      arguments: [
        "-u", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y",
        "\(height)",
        "-c", directory.path, "/usr/bin/env", "PS1=$ ", "ENV=", "TERM=screen-256color", "LC_ALL=C.UTF-8",
        shell, "-i",
      ]
    ).run()
    #expect(started.status == 0, "tmux new-session failed: \(started.errorOutput)")
    do {
      let result = try await body(session)
      await session.kill()
      return result
    } catch {
      await session.kill()
      throw error
    }
  }

  /// Runs a tmux command against this server.
  @discardableResult
  func tmux(_ arguments: [String]) async throws -> TmuxCommand.Outcome {
    let tmux = try #require(TUIEnvironment.tmuxPath, "tmux is not installed")
    return try await TmuxCommand(executable: tmux, arguments: ["-u", "-L", socket] + arguments).run()
  }

  /// Ends the server (its session first: a server with no session exits, then `kill-server`) and
  /// checks that it is gone, so no test leaves a server behind.
  private func kill() async {
    _ = try? await tmux(["kill-session", "-t", Self.target])
    _ = try? await tmux(["kill-server"])
    let deadline = Date().addingTimeInterval(5)
    var alive = true
    while alive && Date() < deadline {
      alive = (try? await tmux(["list-sessions"]).status) == 0
      if alive { try? await Task.sleep(for: .milliseconds(40)) }
    }
    #expect(!alive, "the tmux server \(socket) outlived its test")
  }

  /// The screen as plain text lines; with `joiningWrappedLines`, a line the terminal wrapped is one.
  func capture(joiningWrappedLines: Bool = false) async throws -> String {
    try await tmux(["capture-pane", "-p"] + (joiningWrappedLines ? ["-J"] : []) + ["-t", Self.target]).output
  }

  /// Sends tmux key names (`"s"`, `"Enter"`, `"C-c"`, `"Escape"`).
  func send(_ keys: String...) async throws {
    try await tmux(["send-keys", "-t", Self.target] + keys)
  }

  /// Types `text` literally.
  func type(_ text: String) async throws {
    try await tmux(["send-keys", "-t", Self.target, "-l", text])
  }

  /// Types a shell command line and presses Enter.
  func enter(_ commandLine: String) async throws {
    try await type(commandLine)
    try await send("Enter")
  }

  /// A pane format value (`alternate_on`, `cursor_flag`, `pane_tty`).
  func value(_ format: String) async throws -> String {
    try await tmux(["display-message", "-p", "-t", Self.target, "#{\(format)}"]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window (and so the pane) to `width`×`height`.
  func resize(width: Int, height: Int) async throws {
    try await tmux(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Waits until the screen contains `text`; throws with the last screen after `timeout` seconds.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 15) async throws -> String {
    try await waitForScreen("'\(text)' to appear", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the screen no longer contains `text`.
  @discardableResult
  func waitForAbsence(of text: String, timeout: Double = 15) async throws -> String {
    try await waitForScreen("'\(text)' to go", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits until `condition` holds for the screen; throws with the last screen after `timeout` seconds.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Double = 15, _ condition: (String) -> Bool
  ) async throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while true {
      screen = try await capture()
      if condition(screen) { return screen }
      if Date() > deadline { throw Timeout(waitingFor: what, seconds: timeout, screen: screen) }
      try await Task.sleep(for: .milliseconds(40))
    }
  }

  /// Waits until `condition` holds; throws with the screen after `timeout` seconds.
  func waitUntil(_ what: String, timeout: Double = 15, _ condition: () async throws -> Bool) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while try await !condition() {
      if Date() > deadline { throw Timeout(waitingFor: what, seconds: timeout, screen: try await capture()) }
      try await Task.sleep(for: .milliseconds(40))
    }
  }

  /// A wait that ran out, with what the pane showed last.
  struct Timeout: Error, CustomStringConvertible {
    var waitingFor: String
    var seconds: Double
    var screen: String

    var description: String { "waited \(seconds) s for \(waitingFor); the screen was:\n\(screen)" }
  }
}
