import Foundation
import StageAnalysis
import Testing

@testable import ImageSources

/// Compares ImageSources with Debian's docker CLI on a real dockerd. Runs when
/// `STAGETUI_TEST_DOCKER_HOST` names the engine (`unix:///path`); with
/// `STAGETUI_REQUIRE_ENGINE=1` a missing or unreachable engine fails instead of skipping.
/// `STAGETUI_TEST_REGISTRY` (`127.0.0.1:port`) adds the registry comparison.
@Suite(.serialized, .enabled(if: RealEngineSwitch.wanted))
struct RealEngineTests {
  static let environment = RealEngineSwitch.environment
  static let probeTag = "stagetui-test/history-probe:1"
  static let busyboxTag = "stagetui-test/busybox:probe"

  private func engine() throws -> (DockerEngineSource, DockerCLI) {
    let host = try #require(
      Self.environment["STAGETUI_TEST_DOCKER_HOST"],
      "STAGETUI_REQUIRE_ENGINE=1 but STAGETUI_TEST_DOCKER_HOST is not set")
    let timeouts = ConnectionTimeouts(connect: .seconds(5), read: .seconds(30), total: .seconds(60))
    return (DockerEngineSource(environment: ["DOCKER_HOST": host], timeouts: timeouts), DockerCLI(dockerHost: host))
  }

  /// Builds `ProbeDockerfile` on a busybox image imported from the host's static busybox.
  private func buildProbe(_ cli: DockerCLI) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var rootfs = TarWriter()
    rootfs.addDirectory("bin")
    rootfs.addDirectory("tmp", mode: 0o1777)
    rootfs.addDirectory("etc")
    let busybox = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "/bin/busybox")))
    rootfs.addFile("bin/busybox", busybox, mode: 0o755)
    for applet in ["sh", "echo", "true"] {
      rootfs.addSymlink("bin/\(applet)", target: "busybox")
    }
    rootfs.addFile("etc/passwd", text: "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n")
    rootfs.addFile("etc/group", text: "root:x:0:\nnogroup:x:65534:\n")
    let bytes = rootfs.finished
    // FNV-1a of the rootfs: import once per content, so reruns reuse the image (and BuildKit its cache).
    let checksum = String(bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }, radix: 16)
    let label = "org.stagetui.test.rootfs"
    let present = try cli.runAllowingFailure(
      ["image", "inspect", "-f", "{{index .Config.Labels \"\(label)\"}}", Self.busyboxTag])
    if present.status != 0 || present.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != checksum {
      let tar = try directory.write("rootfs.tar", bytes)
      try cli.run(["import", "-c", "CMD [\"sh\"]", "-c", "LABEL \(label)=\(checksum)", tar, Self.busyboxTag])
    }
    try directory.write("ctx/Dockerfile", Array(ProbeDockerfile.text.utf8))
    try directory.write("ctx/a.txt", Array("hello\n".utf8))
    try directory.write("ctx/d/b.bin", [UInt8](repeating: 0x78, count: 5000))
    try cli.run([
      "build", "--network=none", "-q", "--build-arg", "BASE=\(Self.busyboxTag)", "-t", Self.probeTag,
      directory.path + "/ctx",
    ])
  }

  @Test func engineFiguresMatchDockerInspectAndHistory() async throws {
    let (source, cli) = try engine()
    let version = try await source.negotiatedAPIVersion()
    #expect(APIVersion(parsing: version) != nil)
    try buildProbe(cli)
    let listed = try cli.run(["images", "--format", "{{.Repository}}:{{.Tag}}"])
      .split(separator: "\n").map(String.init).filter { !$0.contains("<none>") }
    #expect(listed.contains(Self.probeTag))
    for reference in listed.prefix(40) {
      guard case .found(let record) = await source.lookUp(reference) else {
        Issue.record("engine look-up of \(reference) failed")
        continue
      }
      let inspect = try cli.run(["image", "inspect", "-f", "{{.Id}} {{.Size}} {{.Os}}/{{.Architecture}}", reference])
      let fields = inspect.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      #expect(record.id == fields[0], "\(reference)")
      #expect(record.totalBytes == Int64(fields[1]), "\(reference)")
      #expect(record.platform?.hasPrefix(fields[2]) == true, "\(reference)")
      let history = try cli.run([
        "history", "--human=false", "--no-trunc", "--format", "{{.Size}}\t{{printf \"%q\" .CreatedBy}}", reference,
      ])
      let rows = history.split(separator: "\n").reversed().map { line -> (Int64, String) in
        let parts = line.split(separator: "\t", maxSplits: 1)
        return (Int64(parts[0]) ?? -1, parts.count > 1 ? Self.unquote(String(parts[1])) : "")
      }
      #expect(record.history.map(\.bytes) == rows.map(\.0), "\(reference)")
      #expect(record.history.map(\.createdBy) == rows.map(\.1), "\(reference)")
    }
  }

  @Test func probeHistoryAlignsWithItsDockerfile() async throws {
    let (source, cli) = try engine()
    try buildProbe(cli)
    guard case .found(let record) = await source.lookUp(Self.probeTag) else {
      Issue.record("the probe image was not found")
      return
    }
    let alignment = HistoryAligner.align(history: record.history, instructions: ProbeDockerfile.chain)
    #expect(alignment.isExact, "\(alignment.mismatches)")
    #expect(alignment.baseEntryCount == 1)
    let base = try cli.run(["image", "inspect", "-f", "{{.Size}}", Self.busyboxTag])
    #expect(alignment.baseBytes == Int64(base.trimmingCharacters(in: .whitespacesAndNewlines)))
    let measured = alignment.measures.compactMap(\.bytes).reduce(0, +)
    #expect(alignment.baseBytes + measured == record.totalBytes)
    let copyData = alignment.measures[ProbeDockerfile.chain.firstIndex { $0.text == "COPY d/ /data/" } ?? 0]
    #expect(copyData.bytes == 5000)
  }

  @Test func savedArchiveMatchesTheEngineAndTar() async throws {
    let (source, cli) = try engine()
    try buildProbe(cli)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let archive = directory.path + "/probe.tar"
    try cli.run(["save", "-o", archive, Self.probeTag])
    guard case .found(let saved) = await ImageArchiveSource(path: archive).lookUp(Self.probeTag),
      case .found(let live) = await source.lookUp(Self.probeTag)
    else {
      Issue.record("the probe image was not found in the engine and its archive")
      return
    }
    #expect(saved.sizeKind == .tar)
    #expect(saved.history.map(\.createdBy) == live.history.map(\.createdBy))
    #expect(saved.history.map(\.isEmptyLayer) == live.history.map(\.isEmptyLayer), "engine empty-layer inference")
    #expect(saved.history.map(\.layerDigest) == live.history.map(\.layerDigest))
    let manifest = try cli.run(["-xOf", archive, "manifest.json"], tool: "/usr/bin/tar")
    let layers = try #require(
      (try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [[String: Any]])?.first?["Layers"] as? [String])
    let listing = try cli.run(["-tvf", archive], tool: "/usr/bin/tar")
    // `tar -tvf` lines: mode owner size date time path [-> target]; docker save links a layer
    // whose content repeats an earlier one to that layer's file.
    var tarSizes: [String: Int64] = [:]
    var links: [String: String] = [:]
    for line in listing.split(separator: "\n") {
      let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      guard columns.count >= 6, let size = Int64(columns[2]) else { continue }
      tarSizes[columns[5]] = size
      if columns.count == 8, columns[6] == "->" {
        let directory = columns[5].split(separator: "/").dropLast().joined(separator: "/")
        let target = URL(fileURLWithPath: "/" + directory + "/" + columns[7]).standardized.path
        links[columns[5]] = String(target.dropFirst())
      }
    }
    #expect(!links.isEmpty, "the probe repeats an empty layer, which docker save links")
    let expected = layers.map { tarSizes[links[$0] ?? $0] ?? -1 }
    #expect(saved.history.filter { !$0.isEmptyLayer }.map(\.bytes) == expected)
    #expect(saved.totalBytes == expected.reduce(0, +))
  }

  @Test(.enabled(if: RealEngineSwitch.environment["STAGETUI_TEST_REGISTRY"] != nil))
  func registryManifestMatchesSkopeo() async throws {
    let (_, cli) = try engine()
    let registry = try #require(Self.environment["STAGETUI_TEST_REGISTRY"])
    try buildProbe(cli)
    let remote = "\(registry)/stagetui-test/history-probe:1"
    try cli.run(["tag", Self.probeTag, remote])
    try cli.run(["push", remote])
    guard case .found(let record) = await RegistrySource().lookUp(remote) else {
      Issue.record("the pushed probe was not found in the registry")
      return
    }
    let raw = try cli.run(["inspect", "--tls-verify=false", "--raw", "docker://\(remote)"], tool: "/usr/bin/skopeo")
    let manifest = try #require(try JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [String: Any])
    let sizes = try #require(manifest["layers"] as? [[String: Any]]).compactMap { ($0["size"] as? NSNumber)?.int64Value }
    #expect(record.sizeKind == .compressed)
    #expect(record.history.filter { !$0.isEmptyLayer }.map(\.bytes) == sizes)
    #expect(record.totalBytes == sizes.reduce(0, +))
  }

  /// Undoes Go's `%q` quoting of `created_by` (keeps tabs and newlines in commands intact).
  static func unquote(_ quoted: String) -> String {
    guard quoted.hasPrefix("\""), quoted.hasSuffix("\""), quoted.count >= 2 else { return quoted }
    let data = Data(("[" + quoted + "]").utf8)
    return ((try? JSONSerialization.jsonObject(with: data)) as? [String])?.first ?? quoted
  }
}

/// Whether the real-engine tests run, read from the environment.
enum RealEngineSwitch {
  static let environment = ProcessInfo.processInfo.environment
  static let wanted = environment["STAGETUI_TEST_DOCKER_HOST"] != nil || environment["STAGETUI_REQUIRE_ENGINE"] == "1"
}
