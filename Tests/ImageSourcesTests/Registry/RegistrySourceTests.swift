import Foundation
import NIOConcurrencyHelpers
import StageAnalysis
import Testing

@testable import ImageSources

@Suite struct RegistrySourceTests {
  private static let quick = ConnectionTimeouts(connect: .seconds(1), read: .milliseconds(500), total: .seconds(3))

  private func withRegistry(
    basic: String? = nil, _ body: (FakeHTTPServer, String) async throws -> Void
  ) async throws {
    let port = NIOLockedValueBox(0)
    let server = try await FakeHTTPServer.loopback(
      behavior: .answer(FakeRegistry.router(port: { port.withLockedValue { $0 } }, basic: basic)))
    port.withLockedValue { $0 = server.port }
    do {
      try await body(server, "127.0.0.1:\(server.port)")
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }

  @Test func followsTheTokenFlowAndReadsCompressedSizes() async throws {
    try await withRegistry { server, host in
      let lookup = await RegistrySource(timeouts: Self.quick).lookUp("\(host)/e2e/app:1")
      guard case .found(let record) = lookup else {
        Issue.record("expected an image, got \(lookup)")
        return
      }
      #expect(record.sizeKind == .compressed)
      #expect(record.totalBytes == 31415 + 2718)
      #expect(record.id == FakeRegistry.configDigest)
      #expect(record.platform == "linux/amd64")
      #expect(record.history.map(\.bytes) == [31415, 0, 2718])
      #expect(record.history.map(\.isEmptyLayer) == [false, true, false])
      #expect(record.history.map(\.layerDigest) == ["sha256:aa", nil, "sha256:bb"])
      #expect(record.user == "app")
      #expect(record.origin == "registry \(host)")
      let requests = server.requests
      #expect(requests.allSatisfy { $0.method == .GET })
      #expect(requests.map(\.path) == [
        "/v2/e2e/app/manifests/1", "/token", "/v2/e2e/app/manifests/1",
        "/v2/e2e/app/blobs/\(FakeRegistry.configDigest)", "/token", "/v2/e2e/app/blobs/\(FakeRegistry.configDigest)",
      ])
      let accept = requests[0].header("Accept") ?? ""
      #expect(accept.contains("application/vnd.docker.distribution.manifest.v2+json"))
      #expect(accept.contains("application/vnd.oci.image.index.v1+json"))
    }
  }

  @Test func picksThePlatformFromAnIndex() async throws {
    try await withRegistry { _, host in
      guard case .found(let amd) = await RegistrySource(timeouts: Self.quick).lookUp("\(host)/e2e/app:multi") else {
        Issue.record("the amd64 image must be found")
        return
      }
      #expect(amd.totalBytes == 31415 + 2718)
      let arm = RegistrySource(defaultRegistry: host, platform: "linux/arm64/v8", timeouts: Self.quick)
      guard case .found(let armRecord) = await arm.lookUp("e2e/app:multi") else {
        Issue.record("the arm64 image must be found through the default registry")
        return
      }
      #expect(armRecord.totalBytes == 999)
    }
  }

  @Test func explainsMissingImagesAndPlatforms() async throws {
    try await withRegistry { _, host in
      let source = RegistrySource(defaultRegistry: host, timeouts: Self.quick)
      #expect(await source.lookUp("e2e/app:2") == .notFound(reason: "registry \(host) has no manifest for \(host)/e2e/app:2"))
      let riscv = RegistrySource(defaultRegistry: host, platform: "linux/riscv64", timeouts: Self.quick)
      #expect(
        await riscv.lookUp("e2e/app:multi")
          == .unavailable(
            reason: "registry \(host) has no linux/riscv64 image for multi (it has: linux/arm64, linux/amd64, unknown/unknown)"))
    }
    #expect(
      await RegistrySource().lookUp("e2e/app:1")
        == .unavailable(reason: "e2e/app:1 names no registry host; write it as host[:port]/name:tag or give a default registry"))
  }

  @Test func sendsCredentialsOnlyToTheTokenServiceAndNeverShowsThem() async throws {
    let secret = "s3cr3t-\(UInt32.random(in: 0...UInt32.max))"
    let credentials = RegistryCredentials(username: "ci", secret: secret)
    let basic = credentials.basicAuthorization
    try await withRegistry(basic: basic) { server, host in
      let anonymous = await RegistrySource(timeouts: Self.quick).lookUp("\(host)/e2e/app:1")
      guard case .unavailable(let reason) = anonymous else {
        Issue.record("a token service demanding credentials must make the look-up unavailable")
        return
      }
      #expect(reason == "registry \(host) token service 127.0.0.1 answered HTTP 401")
      let source = RegistrySource(credentials: [host: credentials], timeouts: Self.quick)
      let lookup = await source.lookUp("\(host)/e2e/app:1")
      guard case .found = lookup else {
        Issue.record("credentials must get a token, got \(lookup)")
        return
      }
      let tokenRequests = server.requests.filter { $0.path == "/token" }
      #expect(tokenRequests.last?.header("Authorization") == basic)
      #expect(server.requests.filter { $0.path != "/token" }.allSatisfy { $0.header("Authorization") != basic })
      var dumped = ""
      dump(source, to: &dumped)
      for text in [String(describing: credentials), String(reflecting: credentials), "\(source)", dumped] {
        #expect(!text.contains(secret))
        #expect(!text.contains(basic.dropFirst(6)))
      }
    }
  }

  @Test func timesOutOnASilentRegistry() async throws {
    let server = try await FakeHTTPServer.loopback(behavior: .hang)
    let lookup = await RegistrySource(timeouts: Self.quick).lookUp("127.0.0.1:\(server.port)/e2e/app:1")
    await server.stop()
    guard case .unavailable(let reason) = lookup else {
      Issue.record("a silent registry must be unavailable")
      return
    }
    #expect(reason.contains("timed out"), "\(reason)")
  }

  @Test func parsesReferencesAndChoosesTheScheme() throws {
    let local = try RegistryReference(parsing: "127.0.0.1:5000/e2e/final-scratch:bk", defaultRegistry: nil)
    #expect(local.registry == "127.0.0.1:5000")
    #expect(local.repository == "e2e/final-scratch")
    #expect(local.reference == "bk")
    #expect(local.isLoopback)
    let pinned = try RegistryReference(parsing: "reg.example:443/a/b@sha256:abc", defaultRegistry: nil)
    #expect(pinned.reference == "sha256:abc")
    #expect(pinned.description == "reg.example:443/a/b@sha256:abc")
    #expect(!pinned.isLoopback)
    #expect(try RegistryReference(parsing: "localhost/x", defaultRegistry: nil).reference == "latest")
    #expect(try RegistryReference(parsing: "team/app", defaultRegistry: "reg.example").registry == "reg.example")
    #expect(RegistryReference.isLoopback(host: "[::1]:5000"))
    #expect(!RegistryReference.isLoopback(host: "localhost.example.com"))
    let remote = RegistrySource(insecureRegistries: ["reg.internal:5000"])
    #expect(remote.usesPlainHTTP(for: try RegistryReference(parsing: "reg.internal:5000/a", defaultRegistry: nil)))
    #expect(!remote.usesPlainHTTP(for: try RegistryReference(parsing: "reg.example/a", defaultRegistry: nil)))
  }

  @Test func parsesChallenges() throws {
    let challenge = try #require(
      AuthChallenge(header: #"Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push""#))
    #expect(challenge.scheme == "bearer")
    #expect(challenge.parameters == [
      "realm": "https://auth.example/token", "service": "reg", "scope": "repository:a/b:pull,push",
    ])
    #expect(AuthChallenge(header: "Basic realm=x")?.parameters == ["realm": "x"])
  }
}
