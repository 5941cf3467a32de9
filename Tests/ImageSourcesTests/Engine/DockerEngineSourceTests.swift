import Foundation
import NIOHTTP1
import StageAnalysis
import Testing

@testable import ImageSources

@Suite struct DockerEngineSourceTests {
  private static let quick = ConnectionTimeouts(connect: .seconds(1), read: .milliseconds(500), total: .seconds(3))

  private func withEngine(
    _ behavior: FakeServerBehavior, _ body: (DockerEngineSource, FakeHTTPServer, String) async throws -> Void
  ) async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let socket = directory.path + "/docker.sock"
    let server = try await FakeHTTPServer.unix(path: socket, behavior: behavior)
    let source = DockerEngineSource(host: DockerHost(socketPath: socket), timeouts: Self.quick)
    do {
      try await body(source, server, socket)
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }

  @Test func readsAnImageAndItsHistoryOldestFirst() async throws {
    try await withEngine(.answer(FakeDockerEngine.router())) { source, server, socket in
      let lookup = await source.lookUp("example/app:1.0")
      guard case .found(let record) = lookup else {
        Issue.record("expected an image, got \(lookup)")
        return
      }
      #expect(record.sizeKind == .content)
      #expect(record.totalBytes == 75000)
      #expect(record.id == FakeDockerEngine.imageID)
      #expect(record.platform == "linux/arm64/v8")
      #expect(record.user == "nobody")
      #expect(record.environment == ["PATH=/bin"])
      #expect(record.labels == ["org.stagetui.example": "app"])
      #expect(record.origin == "engine unix://\(socket)")
      #expect(record.history.map(\.createdBy) == ["", "WORKDIR /app", "ENV A=b", "COPY app /app # buildkit"])
      #expect(record.history.map(\.bytes) == [70000, 0, 0, 5000])
      #expect(record.history.map(\.isEmptyLayer) == [false, false, true, false])
      #expect(record.history.map(\.layerDigest) == ["sha256:l1", "sha256:l2", nil, "sha256:l3"])
      let paths = server.requests.map(\.path)
      #expect(paths == ["/_ping", "/v1.41/images/example/app:1.0/json", "/v1.41/images/example/app:1.0/history"])
      #expect(server.requests.allSatisfy { $0.method == .GET })
    }
  }

  @Test func negotiatesTheAPIVersion() async throws {
    try await withEngine(.answer(FakeDockerEngine.router(apiVersionHeader: "1.99"))) { source, _, _ in
      let version = try await source.negotiatedAPIVersion()
      #expect(version == "1.45")
    }
    try await withEngine(.answer(FakeDockerEngine.router(apiVersionHeader: nil))) { source, server, _ in
      let version = try await source.negotiatedAPIVersion()
      #expect(version == "1.41")
      #expect(server.requests.map(\.path) == ["/_ping", "/version"])
    }
    try await withEngine(.answer(FakeDockerEngine.router(apiVersionHeader: "1.12"))) { source, _, _ in
      guard case .unavailable(let reason) = await source.lookUp("example/app:1.0") else {
        Issue.record("an engine too old must be unavailable")
        return
      }
      #expect(reason.hasSuffix("speaks Engine API 1.12, older than the 1.24 stagetui needs"))
    }
  }

  @Test func listsImagesByLabel() async throws {
    try await withEngine(.answer(FakeDockerEngine.router())) { source, server, _ in
      let images = try await source.images(withLabel: "org.stagetui.example=app")
      #expect(images.map(\.repoTags) == [["example/app:1.0"], []])
      #expect(images.first?.labels == ["org.stagetui.example": "app"])
      let uri = try #require(server.requests.last?.uri)
      #expect(uri == "/v1.41/images/json?filters=%7B%22label%22%3A%5B%22org.stagetui.example%3Dapp%22%5D%7D")
    }
  }

  @Test func tellsAMissingImageFromABrokenEngine() async throws {
    try await withEngine(.answer(FakeDockerEngine.router())) { source, _, socket in
      #expect(await source.lookUp("nope:1") == .notFound(reason: "Docker engine at unix://\(socket): No such image: nope:1"))
    }
    let failing = FakeDockerEngine.router(inspectStatus: .internalServerError, inspectBody: #"{"message":"disk on fire"}"#)
    try await withEngine(.answer(failing)) { source, _, socket in
      #expect(
        await source.lookUp("example/app:1.0")
          == .unavailable(
            reason: "Docker engine at unix://\(socket) answered HTTP 500 to GET /images/example/app:1.0/json: disk on fire"))
    }
  }

  @Test func explainsInvalidJSON() async throws {
    try await withEngine(.answer(FakeDockerEngine.router(inspectBody: "{\"Id\": tru"))) { source, _, socket in
      #expect(
        await source.lookUp("example/app:1.0")
          == .unavailable(
            reason: "Docker engine at unix://\(socket) answered invalid JSON to GET /images/example/app:1.0/json (\"{\"Id\": tru\")"
          ))
    }
  }

  @Test func explainsAnAnswerThatIsNotHTTP() async throws {
    try await withEngine(.garbage(Array("SSH-2.0-OpenSSH_9.2\r\n\r\n".utf8))) { source, _, _ in
      guard case .unavailable(let reason) = await source.lookUp("example/app:1.0") else {
        Issue.record("garbage must be unavailable")
        return
      }
      #expect(reason.contains("(GET /_ping): invalid HTTP answer"), "\(reason)")
    }
  }

  @Test func timesOutOnASilentSocket() async throws {
    try await withEngine(.hang) { source, _, _ in
      let start = ContinuousClock.now
      guard case .unavailable(let reason) = await source.lookUp("example/app:1.0") else {
        Issue.record("a silent engine must be unavailable")
        return
      }
      // The 0.5 s read timeout ended it: not the 1 s connect timeout, not the 3 s deadline.
      #expect(reason.contains("(GET /_ping): timed out waiting for an answer"), "\(reason)")
      // The clock also counts time the resumed task waits for a thread of the shared pool while
      // CPU-heavy tests run beside it (29 s once, on a machine loaded by other work), so the
      // bound only tells a timed-out look-up from a hang.
      #expect(ContinuousClock.now - start < .seconds(120))
    }
  }

  @Test func explainsAMissingOrDeadSocket() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let missing = DockerEngineSource(host: DockerHost(socketPath: directory.path + "/none.sock"), timeouts: Self.quick)
    #expect(
      await missing.lookUp("x")
        == .unavailable(
          reason: "no Docker engine socket at \(directory.path)/none.sock: is dockerd running? "
            + "(set DOCKER_HOST=unix:///path/to/docker.sock)"))
    let stale = directory.path + "/stale.sock"
    #expect(UnboundSocketFile.create(at: stale))
    let refused = DockerEngineSource(host: DockerHost(socketPath: stale), timeouts: Self.quick)
    #expect(
      await refused.lookUp("x")
        == .unavailable(reason: "nothing listens on unix://\(stale) (connection refused): is dockerd running?"))
    let file = try directory.write("plain", [1])
    let notSocket = DockerEngineSource(host: DockerHost(socketPath: file), timeouts: Self.quick)
    guard case .unavailable(let reason) = await notSocket.lookUp("x") else {
      Issue.record("a plain file must be unavailable")
      return
    }
    #expect(reason.contains("is not a socket"))
  }

  @Test func readsDockerHost() throws {
    #expect(try DockerHost(parsing: nil).socketPath == "/var/run/docker.sock")
    #expect(try DockerHost(parsing: "unix:///tmp/d.sock").socketPath == "/tmp/d.sock")
    #expect(DockerHost(socketPath: "/tmp/a b/d.sock").baseURL == "http+unix://%2Ftmp%2Fa%20b%2Fd.sock")
    #expect(throws: ImageSourceFailure.self) { try DockerHost(parsing: "tcp://10.0.0.1:2375") }
    #expect(throws: ImageSourceFailure.self) { try DockerHost(parsing: "unix://relative.sock") }
  }

  @Test func refusesATCPHostAtLookUp() async {
    let source = DockerEngineSource(environment: ["DOCKER_HOST": "tcp://127.0.0.1:2375"])
    guard case .unavailable(let reason) = await source.lookUp("x") else {
      Issue.record("a tcp host must be unavailable")
      return
    }
    #expect(reason.contains("tcp engines are not supported"))
  }
}
