import DockerfileSyntax
import Foundation
import Testing
@testable import StageAnalysis

/// Swap projections against a real engine: the COPY-only final stage of `target-pruning`
/// moved from `busybox` onto `alpine:3.20` (a base the engine has), projected from measured
/// records, then rebuilt with BuildKit and weighed.
///
/// Runs when `STAGETUI_TEST_DOCKER_HOST` names the engine; with `STAGETUI_REQUIRE_ENGINE=1`
/// an unset or unreachable engine is a failure, not a skip.
@Suite(.enabled(if: EngineSettings.isConfigured))
struct EngineSwapProjectionTests {
  @Test func copyOnlyFinalStageSwapProjectsTheRebuiltImageExactly() async throws {
    let host = try #require(EngineSettings.host, "STAGETUI_REQUIRE_ENGINE=1 but STAGETUI_TEST_DOCKER_HOST is not set")
    let source = DockerCLISource(host: host)
    try #require(source.run(["version", "--format", "{{.Server.Version}}"]) != nil, "engine at \(host) is unreachable")
    let directory = ExampleFiles.packageRoot.appendingPathComponent("Examples/target-pruning")
    let dockerfile = Dockerfile.parse(Array(try Data(contentsOf: directory.appendingPathComponent("Dockerfile"))))
    let graph = StageGraph(dockerfile: dockerfile)
    let release = try StageSelector("release").resolve(in: graph)
    let swaps = SwapSet([try BaseImageSwap(stage: release, imageText: "alpine:3.20")])
    let unsized = try SwapAnalysis(dockerfile: dockerfile, swaps: swaps)
    let stage2 = "stagetui-example/target-pruning:stage2"
    try #require(await source.lookUp(stage2).record != nil, "\(stage2) is missing: run .ci/engine/build-examples.sh")
    let (measured, notes) = await SizeReportBuilder(sources: [source]).measure(
      graphs: [graph, unsized.swappedGraph], stageImages: [("stage2", stage2)], file: "target-pruning")
    #expect(notes.isEmpty, "\(notes)")
    let alpine = try #require(measured.bases["alpine:3.20"], "the engine has no alpine:3.20")
    let analysis = try SwapAnalysis(
      dockerfile: dockerfile, swaps: swaps,
      sizing: SwapSizing(context: DiskBuildContext(root: directory.path), dockerfilePath: "Dockerfile", measured: measured))
    let sizes = try #require(analysis.sizes)
    let after = try #require(sizes.after)
    #expect(after.isExact && after.provenance == .measured, "\(after.basis)")
    let copied = try #require(sizes.stages[release].layers.first { $0.keyword == "COPY" })
    #expect(after.bytes == alpine.totalBytes + copied.after.bytes)

    let work = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-swap-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let exported = work.appendingPathComponent("Dockerfile")
    try Data(analysis.swapped.printed()).write(to: exported)
    let tag = "stagetui-example/target-pruning:release-on-alpine"
    try #require(
      Self.build(host: host, arguments: ["build", "-q", "--network=none", "-t", tag, "-f", exported.path, directory.path]),
      "docker build of the swapped file failed")
    let rebuilt = try #require(await source.lookUp(tag).record)
    #expect(after.bytes == rebuilt.totalBytes, "projected \(after.bytes), built \(rebuilt.totalBytes)")
  }

  /// Runs `docker` with BuildKit on; whether it succeeded.
  static func build(host: String, arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/docker")
    process.arguments = ["--host", host] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["DOCKER_BUILDKIT"] = "1"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
