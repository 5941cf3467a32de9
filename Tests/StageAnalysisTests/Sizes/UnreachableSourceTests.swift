import Foundation
import Testing
@testable import StageAnalysis

/// A source that can never answer, the way a refusing or hanging engine does.
private struct DownSource: ImageSizeSource {
  let name: String
  let reason: String?

  func lookUp(_ reference: String) async -> ImageLookup {
    guard let reason else {
      try? await Task.sleep(for: .seconds(5))
      return .notFound(reason: "late")
    }
    return .unavailable(reason: reason)
  }
}

/// A source that answers every lookup with "not found".
private struct EmptySource: ImageSizeSource {
  var name: String { "archive" }
  func lookUp(_ reference: String) async -> ImageLookup { .notFound(reason: "not in the archive") }
}

@Suite("A source that cannot answer is named in the report")
struct UnreachableSourceTests {
  private static let dockerfile = "FROM debian:bookworm-slim AS build\nRUN true\nFROM alpine:3.20\n"

  private func report(_ sources: [any ImageSizeSource]) async -> SizeReport {
    let builder = SizeReportBuilder(sources: sources, timeout: .milliseconds(200))
    return await builder.report(
      for: SizeReportRequest(file: "Dockerfile", dockerfile: Array(Self.dockerfile.utf8), context: nil))
  }

  @Test func aRefusingEngineGetsOneNoteLineAndAJSONEntry() async throws {
    let report = await report([DownSource(name: "engine", reason: "connection refused"), EmptySource()])
    #expect(report.unreachableSources == [UnreachableSource(name: "engine", reason: "connection refused")])
    let text = TextSizeFormat.render(report)
    let notes = text.split(separator: "\n").filter { $0.hasPrefix("note: engine not reachable") }
    #expect(notes == ["note: engine not reachable (connection refused); sizes it would measure are catalog figures and estimates instead"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONSizeFormat.render(report).utf8)) as? [String: Any])
    let entries = try #require(json["unreachable_sources"] as? [[String: String]])
    #expect(entries == [["source": "engine", "reason": "connection refused"]])
    #expect(json["diagnostics"] is [Any] && json["stages"] is [Any])
  }

  @Test func aSilentEngineIsNamedWithItsTimeout() async {
    let report = await report([DownSource(name: "engine", reason: nil)])
    #expect(report.unreachableSources.map(\.name) == ["engine"])
    #expect(report.unreachableSources.first?.reason.hasPrefix("no answer within") == true)
  }

  @Test func sourcesThatAnswerAreNotNamed() async throws {
    let report = await report([EmptySource()])
    #expect(report.unreachableSources.isEmpty)
    #expect(!TextSizeFormat.render(report).contains("not reachable"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONSizeFormat.render(report).utf8)) as? [String: Any])
    #expect((json["unreachable_sources"] as? [Any])?.isEmpty == true)
  }
}
