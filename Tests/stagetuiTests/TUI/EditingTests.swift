import Foundation
import Testing

extension TUIEndToEndTests {
  /// Navigate, swap, undo, redo, export and quit, as a user does.
  @Suite("editing") struct EditingTests {
    @Test(
      "navigate, open the picker, swap, undo, redo, export to a new path: only the FROM line changes",
      arguments: [(80, 24), (200, 60)])
    func swapAndExport(width: Int, height: Int) async throws {
      try await TUIEndToEndTests.withSession(width: width, height: height) { session in
        try await TUIEndToEndTests.open(session)
        try await session.send("k")
        try await session.send("s")
        try await session.waitFor("Swap the base of build")
        try await session.send("Escape")
        try await session.waitForAbsence(of: "Swap the base of build")
        try await session.send("j")
        try await TUIEndToEndTests.swapRuntime(session)
        try await session.send("u")
        try await session.waitFor("undone")
        try await session.waitForAbsence(of: "⇄ debian:bookworm-slim")
        try await session.send("C-r")
        try await session.waitFor("redone")
        try await session.waitFor("⇄ debian:bookworm-slim")
        try await session.send("e")
        try await session.waitFor("+FROM debian:bookworm-slim AS runtime")
        try await session.send("w")
        try await session.waitFor("Write the edited Dockerfile")
        try await session.send("C-u")
        try await session.type("out.Dockerfile")
        try await session.waitFor("> out.Dockerfile")
        try await session.send("Enter")
        try await session.waitFor("wrote out.Dockerfile")
        let written = try TUIEndToEndTests.contents("out.Dockerfile", in: session)
        #expect(written == Data(TUIEndToEndTests.swapped.utf8))
        let lines = String(decoding: written, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        let original = TUIEndToEndTests.dockerfile.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(zip(lines, original).filter { $0 != $1 }.map(\.0) == ["FROM debian:bookworm-slim AS runtime"])
        #expect(
          try TUIEndToEndTests.contents("Dockerfile", in: session) == Data(TUIEndToEndTests.dockerfile.utf8))
        try await session.send("q")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }

    @Test("export refuses to replace an existing file until confirmed: n keeps it, y replaces it")
    func overwriteAsks() async throws {
      try await TUIEndToEndTests.withSession { session in
        let original = Data(TUIEndToEndTests.dockerfile.utf8)
        try await TUIEndToEndTests.open(session)
        try await TUIEndToEndTests.swapRuntime(session)
        try await session.send("e")
        try await session.waitFor("+FROM debian:bookworm-slim AS runtime")
        try await session.send("w")
        try await session.waitFor("> Dockerfile")
        try await session.send("Enter")
        try await session.waitFor("Dockerfile exists. Replace it? (y/n)")
        #expect(try TUIEndToEndTests.contents("Dockerfile", in: session) == original)
        try await session.send("n")
        try await session.waitFor("Write the edited Dockerfile")
        #expect(try TUIEndToEndTests.contents("Dockerfile", in: session) == original)
        try await session.send("Enter")
        try await session.waitFor("Dockerfile exists. Replace it? (y/n)")
        try await session.send("y")
        try await session.waitFor("wrote")
        #expect(
          try TUIEndToEndTests.contents("Dockerfile", in: session) == Data(TUIEndToEndTests.swapped.utf8))
        try await session.send("q")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }

    @Test("q with unsaved swaps asks: n stays, y leaves")
    func quitAsks() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        try await TUIEndToEndTests.swapRuntime(session)
        try await session.send("q")
        try await session.waitFor("Quit anyway? (y/n)")
        try await session.send("n")
        try await session.waitForAbsence(of: "Quit anyway?")
        try await session.send("q")
        try await session.waitFor("Quit anyway? (y/n)")
        try await session.send("y")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }

    @Test("ctrl+c without edits quits at once")
    func controlCQuits() async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        try await session.send("C-c")
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }

    @Test("ctrl+c with unsaved swaps asks; a second ctrl+c or y quits", arguments: ["C-c", "y"])
    func controlCAsks(confirmation: String) async throws {
      try await TUIEndToEndTests.withSession { session in
        try await TUIEndToEndTests.open(session)
        try await TUIEndToEndTests.swapRuntime(session)
        try await session.send("C-c")
        try await session.waitFor("Quit anyway? (y/n)")
        try await Task.sleep(for: .milliseconds(300))
        #expect(
          !FileManager.default.fileExists(atPath: session.directory.appendingPathComponent("status.txt").path)
        )
        try await session.send(confirmation)
        #expect(try await session.waitForStatus() == 0)
        try await session.expectTerminalRestored()
      }
    }
  }
}
