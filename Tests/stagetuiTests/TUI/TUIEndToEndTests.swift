import Foundation
import Testing

/// The real binary in a real terminal (tmux): navigate, swap, undo, export, and leave the terminal as found.
@Suite("stagetui in tmux", .serialized, .enabled(if: TUIEnvironment.shouldRun, TUIEnvironment.skipReason))
struct TUIEndToEndTests {
  static let dockerfile = """
    FROM golang:1.22 AS build
    WORKDIR /src
    COPY main.go ./
    RUN go build -o /out/app .

    FROM debian:bookworm AS runtime
    COPY --from=build /out/app /usr/local/bin/app
    CMD ["/usr/local/bin/app"]

    """

  /// Starts the binary on a fresh copy of the Dockerfile, recording `stty -a` before it starts.
  private func start(width: Int = 120, height: Int = 40, extra: String = "") throws -> TmuxSession {
    let binary = try #require(TUIEnvironment.binary, "the stagetui binary was not built")
    #expect(TmuxSession.tmuxPath != nil, "tmux is not installed")
    let directory = try TUIEnvironment.workspace(["Dockerfile": Self.dockerfile, "main.go": "package main\n"])
    let command =
      "stty -a > stty-before.txt; exec env TERM=screen-256color '\(binary.path)' Dockerfile --engine off \(extra)"
    return try TmuxSession(command: command, directory: directory, width: width, height: height)
  }

  private func expectTerminalRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let before = try String(contentsOf: session.directory.appendingPathComponent("stty-before.txt"), encoding: .utf8)
    #expect(try session.terminalMode() == before, sourceLocation: sourceLocation)
  }

  @Test("navigate, swap, undo, redo and export; the written file differs only in the swapped FROM")
  func swapAndExport() throws {
    let session = try start()
    try session.waitFor("Stages (2)")
    try session.waitFor("final")
    try session.send("k")
    try session.send("s")
    try session.waitFor("Swap the base of build")
    try session.send("Escape")
    try session.send("j")
    try session.send("s")
    try session.waitFor("Swap the base of runtime")
    try session.send("debian:bookworm-slim", literal: true)
    try session.send("Enter")
    try session.waitFor("⇄ debian:bookworm-slim")
    try session.send("u")
    try session.waitFor("undone")
    #expect(!(try session.capture().contains("⇄ debian:bookworm-slim")))
    try session.send("C-r")
    try session.waitFor("⇄ debian:bookworm-slim")
    try session.send("e")
    try session.waitFor("+FROM debian:bookworm-slim AS runtime")
    try session.send("w")
    try session.waitFor("Write the edited Dockerfile")
    try session.send("C-u")
    try session.send("out.Dockerfile", literal: true)
    try session.send("Enter")
    try session.waitFor("wrote out.Dockerfile")
    let written = try String(contentsOf: session.directory.appendingPathComponent("out.Dockerfile"), encoding: .utf8)
    #expect(written == Self.dockerfile.replacingOccurrences(of: "debian:bookworm AS", with: "debian:bookworm-slim AS"))
    let original = try String(contentsOf: session.directory.appendingPathComponent("Dockerfile"), encoding: .utf8)
    #expect(original == Self.dockerfile)
    try session.send("q")
    #expect(try session.waitForExit() == 0)
    try expectTerminalRestored(session)
  }

  @Test("export refuses to overwrite the Dockerfile until confirmed")
  func overwriteAsks() throws {
    let session = try start()
    try session.waitFor("final")
    try session.send("s")
    try session.send("debian:bookworm-slim", literal: true)
    try session.send("Enter")
    try session.waitFor("⇄ debian:bookworm-slim")
    try session.send("e")
    try session.send("w")
    try session.send("Enter")
    try session.waitFor("exists. Replace it?")
    let untouched = try String(contentsOf: session.directory.appendingPathComponent("Dockerfile"), encoding: .utf8)
    #expect(untouched == Self.dockerfile)
    try session.send("y")
    try session.waitFor("wrote")
    let replaced = try String(contentsOf: session.directory.appendingPathComponent("Dockerfile"), encoding: .utf8)
    #expect(replaced.contains("FROM debian:bookworm-slim AS runtime"))
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test("quitting with q and unsaved swaps asks; n stays, y leaves")
  func quitAsks() throws {
    let session = try start()
    try session.waitFor("final")
    try session.send("s")
    try session.send("debian:bookworm-slim", literal: true)
    try session.send("Enter")
    try session.waitFor("⇄ debian:bookworm-slim")
    try session.send("q")
    try session.waitFor("Quit anyway?")
    try session.send("n")
    try session.send("q")
    try session.waitFor("Quit anyway?")
    try session.send("y")
    #expect(try session.waitForExit() == 0)
    try expectTerminalRestored(session)
  }

  @Test(
    "the terminal is restored after q, ctrl+c and the signals",
    arguments: [("q", Int32(0)), ("C-c", Int32(130)), ("TERM", Int32(143)), ("HUP", Int32(129)), ("INT", Int32(130))])
  func restored(way: String, status: Int32) throws {
    let session = try start()
    try session.waitFor("Stages (2)")
    if way == "q" || way == "C-c" {
      try session.send(way)
    } else {
      try signal(way, session: session)
    }
    #expect(try session.waitForExit() == status)
    try expectTerminalRestored(session)
  }

  private func signal(_ name: String, session: TmuxSession) throws {
    let pid = try session.value("pane_pid")
    try TmuxSession.run("/bin/kill", ["-\(name)", pid])
  }

  @Test("a resize re-lays out at once; a tiny terminal says so; back to normal draws the panes")
  func resize() throws {
    let session = try start(width: 100, height: 30)
    try session.waitFor("Stages (2)")
    try TmuxSession.run(TmuxSession.tmuxPath ?? "tmux", ["-L", session.socket, "resize-window", "-t", "0", "-x", "30", "-y", "8"])
    try session.waitFor("Terminal too small")
    try TmuxSession.run(TmuxSession.tmuxPath ?? "tmux", ["-L", session.socket, "resize-window", "-t", "0", "-x", "1", "-y", "1"])
    try TmuxSession.run(TmuxSession.tmuxPath ?? "tmux", ["-L", session.socket, "resize-window", "-t", "0", "-x", "160", "-y", "50"])
    try session.waitFor("Stages (2)")
    try session.send("q")
    #expect(try session.waitForExit() == 0)
    try expectTerminalRestored(session)
  }

  @Test("with output not a terminal, stagetui FILE prints the text report")
  func notATerminal() throws {
    let binary = try #require(TUIEnvironment.binary, "the stagetui binary was not built")
    let directory = try TUIEnvironment.workspace(["Dockerfile": Self.dockerfile])
    let output = try TmuxSession.run(binary.path, [directory.appendingPathComponent("Dockerfile").path, "--engine", "off"])
    #expect(output.contains("runtime"))
    #expect(output.contains("build"))
  }
}
