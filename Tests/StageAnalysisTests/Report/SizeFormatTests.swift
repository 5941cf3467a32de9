import Foundation
import Testing
@testable import StageAnalysis

@Test(arguments: [
  (Int64(0), "0B"), (999, "999B"), (1_000, "1kB"), (682_696, "682.7kB"), (74_104_729, "74.1MB"),
  (74_787_425, "74.79MB"), (1_234_567_890, "1.235GB"),
])
func byteCountsPrintInDockersDecimalUnits(bytes: Int64, expected: String) {
  #expect(ByteCountFormat.string(bytes) == expected)
}

private func sampleReport() -> SizeReport {
  let context = InMemoryBuildContext(["app": .sizedFile(682_696)])
  return SizeFixtures.report(
    "FROM debian:bookworm-slim AS base\nENV A=b\nFROM base\nCOPY app /app\nRUN make\n", context: context)
}

@Test func jsonCarriesExactIntegersAndProvenanceOnEveryLayer() throws {
  let report = sampleReport()
  let json = JSONSizeFormat.render(report)
  let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  #expect(object["file"] as? String == "Dockerfile")
  #expect(object["target"] as? String == "stage-1")
  #expect(object["size_kind"] as? String == "content")
  #expect(object["final_image_bytes"] as? Int == 74_682_696)
  #expect(object["final_image_provenance"] as? String == "unknown")
  let stages = try #require(object["stages"] as? [[String: Any]])
  #expect(stages.count == 2)
  #expect(stages[0]["name"] as? String == "base")
  #expect(stages[0]["reachable"] as? Bool == true)
  #expect(stages[0]["total_bytes"] as? Int == 74_000_000)
  let layers = try #require(stages[1]["layers"] as? [[String: Any]])
  #expect(layers.map { $0["line"] as? Int } == [3, 4, 5])
  #expect(layers[1]["instruction"] as? String == "COPY app /app")
  #expect(layers[1]["bytes"] as? Int == 682_696)
  #expect(layers[1]["provenance"] as? String == "measured")
  #expect(layers[2]["bytes"] is NSNull)
  #expect(layers[2]["provenance"] as? String == "unknown")
  #expect(layers.allSatisfy { $0["empty_layer"] is Bool && $0["basis"] is String && $0["kind"] as? String == "content" })
}

@Test func jsonOfManyFilesIsAnArray() throws {
  let json = JSONSizeFormat.render([sampleReport(), sampleReport()])
  let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  #expect(array.count == 2)
}

@Test func textShowsLinesSizesKindsProvenanceAndTheSummary() {
  let text = TextSizeFormat.render(sampleReport())
  #expect(text.contains("stage 0 base FROM debian:bookworm-slim"))
  #expect(text.contains("COPY app /app"))
  #expect(text.contains("682.7kB"))
  #expect(text.contains("measured"))
  #expect(text.contains("final image (stage-1): ≥74.68MB = 74682696 content bytes, unknown (1 measured, 1 catalog, 1 unknown)"))
}

@Test func textListsUnreachableStagesLastAndMarked() {
  let report = SizeFixtures.report("FROM scratch AS unused\nFROM scratch AS used\nFROM used\n")
  let text = TextSizeFormat.render(report)
  let unused = text.range(of: "stage 0 unused")
  let used = text.range(of: "stage 1 used")
  #expect(unused != nil && used != nil)
  if let unused, let used { #expect(used.lowerBound < unused.lowerBound) }
  #expect(text.contains("stage 0 unused FROM scratch [not built for this target]"))
}

@Test func longInstructionsAreAbbreviatedOnOneLine() {
  let long = "RUN apt-get update && \\\n    apt-get install -y build-essential curl git && rm -rf /var/lib/apt/lists/*"
  let shown = TextSizeFormat.abbreviated(long)
  #expect(shown.count == TextSizeFormat.instructionWidth)
  #expect(shown.hasSuffix("…"))
  #expect(!shown.contains("\n"))
}
