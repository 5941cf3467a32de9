import Foundation
import StageAnalysis

/// Real image sizes from a local Docker engine, read over its Unix socket.
///
/// Only read-only requests (GET) are sent. Sizes are content bytes
/// (`SizeKind.content`), the numbers `docker image inspect` and `docker history` show.
public struct DockerEngineSource: ImageSizeSource {
  private let host: Result<DockerHost, ImageSourceFailure>
  /// How long to wait for the engine.
  public let timeouts: ConnectionTimeouts

  /// The engine on `host`.
  public init(host: DockerHost, timeouts: ConnectionTimeouts = .standard) {
    self.host = .success(host)
    self.timeouts = timeouts
  }

  /// The engine `DOCKER_HOST` names (the default socket when unset). A host stagetui cannot
  /// use (`tcp://…`) makes every look-up answer `.unavailable` with the reason.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment, timeouts: ConnectionTimeouts = .standard) {
    do throws(ImageSourceFailure) {
      host = .success(try DockerHost(parsing: environment["DOCKER_HOST"]))
    } catch {
      host = .failure(error)
    }
    self.timeouts = timeouts
  }

  /// `engine`.
  public var name: String { "engine" }

  /// Inspects `reference` and reads its history (oldest first), in content bytes.
  public func lookUp(_ reference: String) async -> ImageLookup {
    do throws(ImageSourceFailure) {
      let connection = try connection()
      let version = try await connection.negotiate()
      let escaped = Self.escape(reference)
      let inspectPath = "/images/\(escaped)/json"
      let inspectAnswer = try await connection.get(inspectPath, version: version)
      if inspectAnswer.status == 404 {
        return .notFound(
          reason: "Docker engine at \(connection.host): \(EngineConnection.message(in: inspectAnswer.body))")
      }
      guard inspectAnswer.status == 200 else {
        throw connection.failure(
          "answered HTTP \(inspectAnswer.status) to GET \(inspectPath): \(EngineConnection.message(in: inspectAnswer.body))")
      }
      let inspect: EngineImageInspect = try connection.decode(inspectAnswer, path: inspectPath)
      let historyPath = "/images/\(escaped)/history"
      let historyAnswer = try await connection.get(historyPath, version: version)
      guard historyAnswer.status == 200 else {
        throw connection.failure(
          "answered HTTP \(historyAnswer.status) to GET \(historyPath): \(EngineConnection.message(in: historyAnswer.body))")
      }
      let items: [EngineHistoryItem] = try connection.decode(historyAnswer, path: historyPath)
      let history = EngineHistoryInference.entries(
        newestFirst: items, layerCount: inspect.rootFS?.layers?.count, layerDigests: inspect.rootFS?.layers ?? [])
      let platform = inspect.os.flatMap { os in
        inspect.architecture.map { [os, $0, inspect.variant ?? ""].filter { !$0.isEmpty }.joined(separator: "/") }
      }
      return .found(
        ImageRecord(
          reference: reference, id: inspect.id, platform: platform, totalBytes: inspect.size, sizeKind: .content,
          history: history, labels: inspect.config?.labels ?? [:], user: inspect.config?.user ?? "",
          environment: inspect.config?.env ?? [], origin: "engine \(connection.host)"))
    } catch {
      return .unavailable(reason: error.reason)
    }
  }

  /// The images that carry `label` (`key` or `key=value`), as `docker images --filter label=…` lists them.
  public func images(withLabel label: String) async throws(ImageSourceFailure) -> [EngineImageSummary] {
    let connection = try connection()
    let version = try await connection.negotiate()
    let filters = #"{"label":[\#(Self.jsonString(label))]}"#
    let path = "/images/json?filters=" + Self.escapeQuery(filters)
    let answer = try await connection.get(path, version: version)
    guard answer.status == 200 else {
      throw connection.failure("answered HTTP \(answer.status) to GET /images/json: \(EngineConnection.message(in: answer.body))")
    }
    return try connection.decode(answer, path: "/images/json")
  }

  /// The Engine API version both sides speak (`1.41`), after checking the engine answers.
  public func negotiatedAPIVersion() async throws(ImageSourceFailure) -> String {
    try await connection().negotiate().description
  }

  private func connection() throws(ImageSourceFailure) -> EngineConnection {
    let host = try host.get()
    return EngineConnection(
      host: host, transport: HTTPTransport(timeouts: timeouts, maxBodyBytes: 64 << 20, followsRedirects: false))
  }

  /// Percent-encodes an image reference for a path; `/` and `:` stay as the engine's router expects.
  private static func escape(_ reference: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~/:@")
    return reference.addingPercentEncoding(withAllowedCharacters: allowed) ?? reference
  }

  private static func escapeQuery(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }

  private static func jsonString(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
