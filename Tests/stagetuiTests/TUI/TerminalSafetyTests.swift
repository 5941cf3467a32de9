import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension TUIEndToEndTests {
  /// However stagetui ends, the shell gets its terminal back: the same `stty -a`, the main
  /// screen, a visible cursor.
  @Suite("terminal safety") struct TerminalSafetyTests {
    @Test(
      "the terminal is restored after q and after SIGINT, SIGTERM and SIGHUP sent with kill",
      arguments: [
        ("q", Int32(0), Int32(0)), ("SIGINT", SIGINT, 130), ("SIGTERM", SIGTERM, 143),
        ("SIGHUP", SIGHUP, 129),
      ])
    func restored(way: String, signal: Int32, status: Int32) async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        if signal == 0 {
          try await session.send("q")
        } else {
          try await session.signal(signal)
        }
        #expect(try await session.waitForStatus() == status)
        try await session.expectTerminalRestored()
      }
    }

    @Test("an error at start (a theme that does not exist) leaves the terminal untouched")
    func startupError() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await session.launch(["Dockerfile", "--engine", "off", "--theme", "no-such-theme"])
        #expect(try await session.waitForStatus() == 2)
        let screen = try await session.capture()
        #expect(screen.contains("stagetui: error:") && screen.contains("no-such-theme"), "\(screen)")
        try await session.expectTerminalRestored()
      }
    }

    @Test("a crash in the UI restores the terminal first, then shows the reason on the main screen")
    func fatalErrorCrash() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await session.launch(
          ["Dockerfile", "--engine", "off"], environment: ["STAGETUI_TEST_CRASH": "fatal-error"])
        let status = try await session.waitForStatus()
        #expect(status == 128 + SIGILL || status == 128 + SIGTRAP, "status \(status)")
        try await session.expectTerminalRestored()
        let screen = try await session.capture(joiningWrappedLines: true)
        #expect(
          screen.contains("Fatal error: deliberate crash requested by STAGETUI_TEST_CRASH=fatal-error"),
          "\(screen)")
        #expect(!screen.contains("Stages (2)"), "\(screen)")
      }
    }

    @Test("SIGQUIT (ctrl+\\ or kill) restores the terminal before its default action")
    func quitSignal() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        try await session.signal(SIGQUIT)
        #expect(try await session.waitForStatus() == 128 + SIGQUIT)
        try await session.expectTerminalRestored()
      }
    }

    @Test("a segmentation fault in the UI restores the terminal")
    func segmentationFault() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await session.launch(
          ["Dockerfile", "--engine", "off"], environment: ["STAGETUI_TEST_CRASH": "segfault"])
        #expect(try await session.waitForStatus() == 128 + SIGSEGV)
        try await session.expectTerminalRestored()
      }
    }

    @Test("a value other than the drill names does not crash", arguments: ["1", "yes", "FATAL-ERROR"])
    func crashDrillNeedsItsExactName(value: String) async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session, environment: ["STAGETUI_TEST_CRASH": value])
        try await session.send("q")
        #expect(try await session.waitForStatus() == 0)
      }
    }

    @Test(
      "a suspend gives the shell a sane terminal; fg redraws, and ctrl+c is still a key",
      arguments: ["kill -TSTP", "ctrl+z"])
    func suspendAndResume(way: String) async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        // No wait for the first sizing pass: a stop that arrives while it still redraws the
        // spinner often lands mid-frame, and a deferred stop must not be lost.
        if way == "ctrl+z" {
          try await session.send("C-z")
        } else {
          try await session.signal(SIGTSTP)
        }
        #expect(try await session.waitForStatus() == 128 + SIGTSTP)
        try await session.waitFor("Stopped")
        try await session.expectTerminalRestored()
        try await session.run(recording: "fg")
        try await session.waitFor("Stages (2)")
        try await session.waitFor("runtime ◎")
        #expect(try await session.value("alternate_on") == "1")
        try await session.send("C-c")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }

    @Test("closing the terminal (the pane is killed) ends the program: SIGHUP")
    func paneClosed() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        let pid = try await session.programID()
        try await session.tmux(["kill-pane", "-t", TmuxSession.target])
        let deadline = Date().addingTimeInterval(10)
        while TerminalSafetyTests.isRunning(pid) && Date() < deadline {
          try await Task.sleep(for: .milliseconds(40))
        }
        #expect(
          !TerminalSafetyTests.isRunning(pid), "stagetui (pid \(pid)) still runs after its terminal closed")
      }
    }

    /// Whether `pid` is a live process (a zombie waiting for a reaper counts as ended).
    static func isRunning(_ pid: pid_t) -> Bool {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
      guard let close = stat.lastIndex(of: ")") else { return false }
      return !stat[close...].hasPrefix(") Z")
    }
  }
}
