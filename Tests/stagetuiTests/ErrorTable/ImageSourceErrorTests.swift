import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The error table for image sources: an engine socket that refuses, hangs or
/// answers garbage, and a registry on 127.0.0.1 that never answers. `report`
/// must finish within its time bound, fall back to the catalog and estimates
/// (exit 0), and only ever send read-only requests (GET or HEAD).
@Suite(
  "Error table: engine and registry faults", .serialized,
  .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct ImageSourceErrorTests {
  static let dockerfile = "FROM alpine:3.19 AS build\nRUN apk add --no-cache make\nFROM alpine:3.19\nCOPY --from=build /usr/bin/make /usr/bin/\n"

  /// A short socket path (sun_path holds 108 bytes).
  private func socketPath() -> String {
    "/tmp/st-\(UUID().uuidString.prefix(8)).sock"
  }

  private func report(socket: String, extra: [String] = [], dockerfile: String = dockerfile) throws -> ChildProcess.Outcome {
    let scratch = try Scratch("engine")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", dockerfile)
    return try stagetui(
      ["report", "--format", "json"] + extra + [path], timeLimit: 40, environment: ["DOCKER_HOST": "unix://" + socket])
  }

  private func expectReadOnly(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for line in lines {
      #expect(line.hasPrefix("GET ") || line.hasPrefix("HEAD "), "non-read-only request: \(line)", sourceLocation: sourceLocation)
    }
  }

  @Test("a socket nobody listens on (connection refused): report falls back, exit 0, under 15 s")
  func refusingEngineUnder15s() throws {
    let path = try #require(RefusingSocket.make())
    defer { unlink(path) }
    let result = try report(socket: path)
    #expect(result.status == 0, "\(result)")
    #expect(result.seconds < 15, "\(result)")
    #expect(result.stdoutText.contains("\"stages\""), "\(result)")
  }

  @Test("an engine that accepts and never answers: report finishes under 30 s with GET requests only")
  func hangingEngineUnder30s() throws {
    let path = socketPath()
    let server = try FakeSocketServer(unixPath: path, behaviour: .hang)
    defer {
      server.stop()
      unlink(path)
    }
    let result = try report(socket: path)
    #expect(!result.timedOut, "\(result)")
    #expect(result.status == 0, "\(result)")
    #expect(result.seconds < 30, "\(result)")
    expectReadOnly(server.requestLines)
  }

  @Test("an engine that answers garbage: report falls back, exit 0, under 15 s, GET requests only")
  func garbageEngineUnder15s() throws {
    let path = socketPath()
    let server = try FakeSocketServer(unixPath: path, behaviour: .answer(Array("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n{\"Id\":[}".utf8) + [0xFF, 0x00]))
    defer {
      server.stop()
      unlink(path)
    }
    let result = try report(socket: path)
    #expect(result.status == 0, "\(result)")
    #expect(result.seconds < 15, "\(result)")
    #expect(!server.requestLines.isEmpty, "the engine was never asked")
    expectReadOnly(server.requestLines)
  }

  @Test("an engine that answers non-HTTP bytes: exit 0, under 15 s")
  func nonHTTPEngineUnder15s() throws {
    let path = socketPath()
    let server = try FakeSocketServer(unixPath: path, behaviour: .answer(Array(repeating: 0x41, count: 100_000)))
    defer {
      server.stop()
      unlink(path)
    }
    let result = try report(socket: path)
    #expect(result.status == 0, "\(result)")
    #expect(result.seconds < 15, "\(result)")
    expectReadOnly(server.requestLines)
  }

  @Test("a registry on 127.0.0.1 that never answers: report --registry finishes under 30 s, GET/HEAD only")
  func hangingRegistryUnder30s() throws {
    let server = try FakeSocketServer(loopbackWith: .hang)
    defer { server.stop() }
    let dockerfile = "FROM 127.0.0.1:\(server.port)/team/app:1.0\nRUN true\n"
    let result = try report(socket: "/nonexistent/engine.sock", extra: ["--registry", "--engine", "off"], dockerfile: dockerfile)
    #expect(!result.timedOut, "\(result)")
    #expect(result.status == 0, "\(result)")
    #expect(result.seconds < 30, "\(result)")
    expectReadOnly(server.requestLines)
  }
}
