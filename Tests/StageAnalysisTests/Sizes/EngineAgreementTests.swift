import DockerfileSyntax
import Foundation
import Testing
@testable import StageAnalysis

/// Byte-exact agreement with a real engine on the example images `.ci/engine/build-examples.sh`
/// builds (`stagetui-example/<example>:<stage>` and `:latest`).
///
/// Runs when `STAGETUI_TEST_DOCKER_HOST` names the engine; with `STAGETUI_REQUIRE_ENGINE=1`
/// an unset or unreachable engine is a failure, not a skip.
@Suite(.enabled(if: EngineSettings.isConfigured))
struct EngineAgreementTests {
  /// The CLI-backed source, after checking the engine answers.
  func engine() throws -> DockerCLISource {
    let host = try #require(EngineSettings.host, "STAGETUI_REQUIRE_ENGINE=1 but STAGETUI_TEST_DOCKER_HOST is not set")
    let source = DockerCLISource(host: host)
    try #require(source.run(["version", "--format", "{{.Server.Version}}"]) != nil, "engine at \(host) is unreachable")
    return source
  }

  /// Sizes an example with the given `--image` pairs through the builder.
  func report(_ example: String, images: [(String, String)], target: String? = nil, source: DockerCLISource) async throws -> SizeReport {
    let directory = ExampleFiles.packageRoot.appendingPathComponent("Examples/\(example)")
    let bytes = try Array(Data(contentsOf: directory.appendingPathComponent("Dockerfile")))
    let request = SizeReportRequest(
      file: example, dockerfile: bytes, configuration: BuildConfiguration(target: target),
      context: DiskBuildContext(root: directory.path), dockerfilePath: "Dockerfile",
      stageImages: images.map { (stage: $0.0, reference: $0.1) })
    return await SizeReportBuilder(sources: [source]).report(for: request)
  }

  @Test func measuredStagesAgreeWithDockerHistoryToTheByte() async throws {
    let source = try engine()
    var compared = 0
    for example in ExampleFiles.examples {
      let dockerfile = Dockerfile.parse(Array(try Data(contentsOf: example.directory.appendingPathComponent("Dockerfile"))))
      for stage in StageGraph(dockerfile: dockerfile).stages {
        guard let name = stage.name else { continue }
        let reference = "stagetui-example/\(example.name):\(name)"
        guard case .found(let record) = await source.lookUp(reference) else { continue }
        let report = try await report(example.name, images: [(name, reference)], target: name, source: source)
        let sized = report.stages[stage.index]
        #expect(sized.total.bytes == record.totalBytes, "\(reference)")
        #expect(sized.total.provenance == .measured, "\(reference)")
        let newest = Array(record.history.suffix(sized.layers.count - 1))
        let own = sized.layers.dropFirst().filter { $0.keyword != "ONBUILD" }
        #expect(own.map(\.figure.bytes) == Array(newest.suffix(own.count)).map(\.bytes), "\(reference)")
        #expect(own.allSatisfy { $0.figure.provenance == .measured }, "\(reference)")
        #expect(report.finalImage?.bytes == record.totalBytes, "\(reference)")
        compared += 1
      }
    }
    #expect(compared > 0, "no stagetui-example image found: run .ci/engine/build-examples.sh")
  }

  @Test func copyOnlyFinalStagesProjectExactlyFromMeasuredBaseAndArtifacts() async throws {
    let source = try engine()
    for target in ["release", "debug"] {
      let expected = try #require(await source.lookUp("stagetui-example/target-pruning:\(target)").record)
      let report = try await report(
        "target-pruning",
        images: [("stage1", "stagetui-example/target-pruning:stage1"), ("stage2", "stagetui-example/target-pruning:stage2")],
        target: target, source: source)
      let final = try #require(report.finalImage)
      #expect(final.bytes == expected.totalBytes, "\(target): \(final.basis)")
      #expect(final.isExact, "\(target)")
      #expect(final.provenance == .measured, "\(target)")
    }
  }

  @Test func estimatedProjectionsContainTheMeasuredSize() async throws {
    let source = try engine()
    for example in ExampleFiles.examples {
      guard let expected = await source.lookUp("stagetui-example/\(example.name):latest").record else { continue }
      let dockerfile = Dockerfile.parse(Array(try Data(contentsOf: example.directory.appendingPathComponent("Dockerfile"))))
      let graph = StageGraph(dockerfile: dockerfile)
      let others = graph.stages.filter { !$0.isTarget }.compactMap(\.name).map {
        ($0, "stagetui-example/\(example.name):\($0)")
      }
      let report = try await report(example.name, images: others, source: source)
      let final = try #require(report.finalImage)
      guard final.provenance != .unknown else { continue }
      #expect(final.low <= expected.totalBytes && expected.totalBytes <= final.high, "\(example.name): \(final.bytes) (\(final.low)–\(final.high)) vs \(expected.totalBytes)")
    }
  }
}

/// The environment variables that turn the real-engine tests on.
enum EngineSettings {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }
  /// `STAGETUI_TEST_DOCKER_HOST`: the engine to compare with.
  static var host: String? { environment["STAGETUI_TEST_DOCKER_HOST"] }
  /// `STAGETUI_REQUIRE_ENGINE=1`: an unset or unreachable engine fails the tests.
  static var isRequired: Bool { environment["STAGETUI_REQUIRE_ENGINE"] == "1" }
  /// Whether the suite runs.
  static var isConfigured: Bool { host != nil || isRequired }
}

extension ImageLookup {
  /// The record when found.
  var record: ImageRecord? {
    if case .found(let record) = self { return record }
    return nil
  }
}
