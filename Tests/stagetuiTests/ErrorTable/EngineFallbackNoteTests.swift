import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `report --engine auto` with an engine socket nobody listens on: the report still comes out
/// (exit 0), and says in one note line (text) and in `unreachable_sources` (JSON) that sizes
/// were not measured, and why.
@Suite(
  "Error table: the engine fallback is said", .serialized,
  .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct EngineFallbackNoteTests {
  @Test("a refusing engine: one note line in text, an unreachable_sources entry in JSON, exit 0")
  func refusingEngineIsNoted() throws {
    let socket = try #require(RefusingSocket.make())
    defer { unlink(socket) }
    let scratch = try Scratch("engine-note")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache make\n")
    let environment = ["DOCKER_HOST": "unix://" + socket]
    let text = try stagetui(["report", "--engine", "auto", path], timeLimit: 40, environment: environment)
    #expect(text.status == 0, "\(text)")
    let notes = text.stdoutText.split(separator: "\n").filter { $0.hasPrefix("note: engine not reachable (") }
    #expect(notes.count == 1, "\(text)")
    let json = try stagetui(["report", "--engine", "auto", "--format", "json", path], timeLimit: 40, environment: environment)
    #expect(json.status == 0, "\(json)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutText.utf8)) as? [String: Any])
    let entries = try #require(object["unreachable_sources"] as? [[String: String]])
    #expect(entries.map { $0["source"] } == ["engine"])
    #expect(entries.first?["reason"]?.isEmpty == false)
    let off = try stagetui(["report", "--engine", "off", path], timeLimit: 40, environment: environment)
    #expect(!off.stdoutText.contains("not reachable"), "\(off)")
  }

  @Test("DOCKER_HOST naming a socket that does not exist: the report says the engine is not reachable")
  func missingNamedSocketIsNoted() throws {
    let scratch = try Scratch("engine-missing")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache make\n")
    let environment = ["DOCKER_HOST": "unix://" + scratch.path("no-such-docker.sock")]
    let text = try stagetui(["report", "--engine", "auto", path], timeLimit: 40, environment: environment)
    #expect(text.status == 0, "\(text)")
    let notes = text.stdoutText.split(separator: "\n").filter { $0.hasPrefix("note: engine not reachable (") }
    #expect(notes.count == 1, "\(text)")
  }
}
