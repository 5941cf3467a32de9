import Foundation

/// Read-only requests to one Docker engine over its Unix socket, with API-version
/// negotiation and every failure turned into a reason for people.
struct EngineConnection: Sendable {
  /// The newest Engine API this client speaks; older engines are spoken to in their own version.
  static let maximumAPIVersion = APIVersion(major: 1, minor: 45)
  /// The oldest Engine API that has every field read here.
  static let minimumAPIVersion = APIVersion(major: 1, minor: 24)

  let host: DockerHost
  let transport: HTTPTransport

  /// Checks the socket, then asks `/_ping` (and `/version` when the ping names no version)
  /// and returns the API version to use.
  func negotiate() async throws(ImageSourceFailure) -> APIVersion {
    try checkSocket()
    let ping = try await rawGet("/_ping")
    guard ping.status == 200 else {
      throw failure("answered HTTP \(ping.status) to GET /_ping: \(Self.message(in: ping.body))")
    }
    var announced = ping.header("Api-Version").flatMap(APIVersion.init(parsing:))
    if announced == nil {
      let answer = try await rawGet("/version")
      guard answer.status == 200 else {
        throw failure("answered HTTP \(answer.status) to GET /version")
      }
      let version: EngineVersion = try decode(answer, path: "/version")
      announced = version.apiVersion.flatMap(APIVersion.init(parsing:))
    }
    guard let announced else {
      throw failure("did not say which Engine API it speaks (no Api-Version header, no ApiVersion in /version)")
    }
    guard announced >= Self.minimumAPIVersion else {
      throw failure("speaks Engine API \(announced), older than the \(Self.minimumAPIVersion) stagetui needs")
    }
    return min(announced, Self.maximumAPIVersion)
  }

  /// `GET /v<version><path>`.
  func get(_ path: String, version: APIVersion) async throws(ImageSourceFailure) -> TransportResponse {
    try await rawGet("/v\(version)\(path)")
  }

  /// Decodes a JSON answer, or fails naming the request.
  func decode<T: Decodable>(_ response: TransportResponse, path: String) throws(ImageSourceFailure) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(response.body))
    } catch {
      throw failure("answered invalid JSON to GET \(path) (\(Self.snippet(response.body)))")
    }
  }

  /// A failure whose reason starts with the engine's address.
  func failure(_ detail: String) -> ImageSourceFailure {
    ImageSourceFailure(reason: "Docker engine at \(host) \(detail)")
  }

  /// The engine's error message in a JSON body, or the start of the body.
  static func message(in body: [UInt8]) -> String {
    if let error = try? JSONDecoder().decode(EngineErrorBody.self, from: Data(body)) {
      return error.message
    }
    return snippet(body)
  }

  private static func snippet(_ body: [UInt8]) -> String {
    let text = String(decoding: body.prefix(120), as: UTF8.self)
      .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? "empty body" : "\"\(text)\(body.count > 120 ? "…" : "")\""
  }

  private func rawGet(_ path: String) async throws(ImageSourceFailure) -> TransportResponse {
    do throws(TransportError) {
      // Go's HTTP server (dockerd) rejects an HTTP/1.1 request without a Host header with 400.
      let headers = [("Host", "docker"), ("Accept", "application/json")]
      return try await transport.send(.get, url: host.baseURL + path, headers: headers)
    } catch {
      throw failure("(GET \(path)): \(error.reason)")
    }
  }

  private func checkSocket() throws(ImageSourceFailure) {
    let path = host.socketPath
    switch UnixSocketProbe.probe(path: path) {
    case .accepting:
      return
    case .missing:
      throw ImageSourceFailure(
        reason: "no Docker engine socket at \(path): is dockerd running? (set DOCKER_HOST=unix:///path/to/docker.sock)")
    case .notASocket:
      throw ImageSourceFailure(reason: "\(path) exists but is not a socket; DOCKER_HOST should name dockerd's socket")
    case .refused:
      throw ImageSourceFailure(reason: "nothing listens on \(host) (connection refused): is dockerd running?")
    case .permissionDenied:
      throw ImageSourceFailure(
        reason: "permission denied on \(path): run as root or as a member of the socket's group")
    case .failed(let detail):
      throw ImageSourceFailure(reason: "cannot connect to \(host): \(detail)")
    }
  }
}
