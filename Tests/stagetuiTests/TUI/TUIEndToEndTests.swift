import Foundation
import Testing

/// The real binary in a real terminal (tmux): editing, leaving in every way, resizing.
///
/// One suite, serialized (its nested suites included): each test has its own tmux server, but
/// they share two cores with the rest of `swift test`, and timing-bound waits are steadier one at
/// a time. The whole suite takes well under a minute.
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

  /// The Dockerfile with `runtime` swapped to `debian:bookworm-slim`: only line 6 differs.
  static let swapped = dockerfile.replacingOccurrences(
    of: "FROM debian:bookworm AS runtime", with: "FROM debian:bookworm-slim AS runtime")

  /// Runs `body` with a `width`×`height` session in a fresh directory holding the Dockerfile.
  static func withSession<T>(
    width: Int = 100, height: Int = 30, _ body: (TmuxSession) async throws -> T
  ) async throws -> T {
    try TUIEnvironment.requireTools()
    let directory = try TUIEnvironment.workspace(["Dockerfile": dockerfile, "main.go": "package main\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await TmuxSession.with(directory: directory, width: width, height: height, body)
  }

  /// Starts stagetui on the Dockerfile (engine off) and waits for the first frame.
  static func open(_ session: TmuxSession, _ extra: [String] = [], environment: [String: String] = [:])
    async throws
  {
    try await session.launch(["Dockerfile", "--engine", "off"] + extra, environment: environment)
    try await session.waitFor("Stages (2)")
    try await session.waitFor("runtime ◎")
  }

  /// Swaps the selected stage (the target, `runtime`) to `debian:bookworm-slim` in the picker.
  static func swapRuntime(_ session: TmuxSession) async throws {
    try await session.send("s")
    try await session.waitFor("Swap the base of runtime")
    try await session.type("debian:bookworm-slim")
    try await session.waitFor("> debian:bookworm-slim")
    try await session.send("Enter")
    try await session.waitFor("⇄ debian:bookworm-slim")
  }

  /// The bytes of `name` in the session's directory.
  static func contents(_ name: String, in session: TmuxSession) throws -> Data {
    try Data(contentsOf: session.directory.appendingPathComponent(name))
  }
}
