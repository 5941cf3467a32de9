import Foundation
import Testing

extension TUIEndToEndTests {
  /// Resizes, fast and down to a single cell.
  ///
  /// Each test ends at the size it started with, so the `stty -a` before and after (which
  /// include rows and columns) can be compared whole.
  @Suite("resizing") struct ResizeTests {
    /// Sizes cycled through by the rapid-resize test, the tiny ones included.
    static let sizes = [
      (80, 24), (1, 1), (200, 60), (39, 11), (40, 12), (20, 5), (120, 40), (2, 1), (100, 30), (41, 13),
    ]

    @Test("1000 rapid resizes: no crash, and the UI answers at the end")
    func rapidResizes() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        let pid = try await session.programID()
        // tmux applies a burst of resize-window commands as one or two pane resizes, so the 1000
        // go to the pane's terminal directly: each TIOCSWINSZ is a SIGWINCH to the program.
        let terminal = try PaneTerminal(path: try await session.value("pane_tty"))
        let start = Date()
        for index in 0..<1000 {
          let (width, height) = Self.sizes[index % Self.sizes.count]
          try terminal.setSize(width: width, height: height)
          if index % 100 == 99 {
            #expect(TerminalSafetyTests.isRunning(pid), "stagetui ended after \(index + 1) resizes")
            try await Task.sleep(for: .milliseconds(5))
          }
        }
        let seconds = Date().timeIntervalSince(start)
        for (width, height) in [(60, 20), (100, 30)] {
          try await session.resize(width: width, height: height)
        }
        try terminal.setSize(width: 100, height: 30)
        try await session.waitForScreen("the panes at 100×30") { screen in
          screen.contains("Stages (2)") && screen.contains("runtime ◎")
            && screen.split(separator: "\n").first?.count == 100
        }
        #expect(
          !FileManager.default.fileExists(atPath: session.directory.appendingPathComponent("status.txt").path)
        )
        try await session.send("q")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
        #expect(seconds < 30, "1000 resizes took \(seconds) s")
      }
    }

    @Test("too small says so (not garbage), 1×1 survives, and back to normal draws the panes")
    func tinyTerminal() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        try await session.resize(width: 30, height: 8)
        let small = try await session.waitFor("30×8, need 40×12")
        #expect(small.contains("Terminal too small"))
        #expect(!small.contains("┌") && !small.contains("Stages"), "\(small)")
        try await session.resize(width: 1, height: 1)
        let single = try await session.waitForScreen("a 1×1 screen") {
          $0.split(separator: "\n").first?.count ?? 0 <= 1
        }
        #expect(single.trimmingCharacters(in: .whitespacesAndNewlines).count <= 1, "\(single)")
        try await session.resize(width: 39, height: 11)
        try await session.waitFor("39×11, need 40×12")
        try await session.resize(width: 40, height: 12)
        try await session.waitFor("Stages (2)")
        try await session.resize(width: 100, height: 30)
        try await session.waitFor("runtime ◎")
        try await session.send("q")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }
  }
}
