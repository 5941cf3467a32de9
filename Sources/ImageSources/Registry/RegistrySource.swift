import Foundation
import StageAnalysis

/// Real image sizes from a registry's v2 API: compressed layer bytes (`SizeKind.compressed`)
/// from the image manifest, history from the configuration blob.
///
/// Making one is the caller's explicit decision to contact a registry: nothing else in
/// ImageSources does. TLS is used unless the registry is on this machine (`localhost`,
/// `127.0.0.1`, `[::1]`) or is listed in `insecureRegistries`. Credentials are sent only
/// to the registry they are given for and its token service, and never appear in any text.
public struct RegistrySource: ImageSizeSource {
  /// Media types asked for, in order of preference: single-image manifests and indexes.
  static let manifestMediaTypes = [
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
  ]

  /// The registry used for references that name no host; nil refuses such references.
  public let defaultRegistry: String?
  /// The platform picked from a multi-platform index (`linux/amd64` by default).
  public let platform: String
  /// Registries (`host:port`) that may be spoken to in plain HTTP although not on this machine.
  public let insecureRegistries: Set<String>
  /// How long to wait for the registry.
  public let timeouts: ConnectionTimeouts
  private let credentials: [String: RegistryCredentials]

  /// Makes a registry source; `credentials` are keyed by registry `host[:port]`.
  public init(
    defaultRegistry: String? = nil, platform: String = PlatformChoice.defaultPlatform,
    insecureRegistries: Set<String> = [], credentials: [String: RegistryCredentials] = [:],
    timeouts: ConnectionTimeouts = .standard
  ) {
    self.defaultRegistry = defaultRegistry
    self.platform = platform
    self.insecureRegistries = insecureRegistries
    self.credentials = credentials
    self.timeouts = timeouts
  }

  /// `registry`.
  public var name: String { "registry" }

  /// Fetches the manifest (picking `platform` from an index) and the configuration of `reference`.
  public func lookUp(_ reference: String) async -> ImageLookup {
    do throws(ImageSourceFailure) {
      let parsed = try RegistryReference(parsing: reference, defaultRegistry: defaultRegistry)
      let client = RegistryClient(
        reference: parsed,
        transport: HTTPTransport(timeouts: timeouts, maxBodyBytes: 16 << 20, followsRedirects: true),
        usesPlainHTTP: usesPlainHTTP(for: parsed),
        credentials: credentials[parsed.registry])
      guard let manifest = try await imageManifest(client, ref: parsed.reference, depth: 0) else {
        return .notFound(reason: "registry \(parsed.registry) has no manifest for \(parsed)")
      }
      guard let config = manifest.config else {
        throw client.failure("sent a manifest without a config descriptor for \(parsed)")
      }
      let configAnswer = try await client.get("blobs", config.digest, accept: [])
      guard configAnswer.status == 200 else {
        throw client.failure("answered HTTP \(configAnswer.status) for the config blob \(config.digest)")
      }
      let configuration: ImageConfiguration = try decode(configAnswer, client: client, what: "config blob")
      let layers = (manifest.layers ?? []).map { LayerHistoryMapping.Layer(bytes: $0.size, digest: $0.digest) }
      return .found(
        ImageRecord(
          reference: reference, id: config.digest, platform: configuration.platform,
          totalBytes: layers.reduce(0) { $0 + $1.bytes }, sizeKind: .compressed,
          history: LayerHistoryMapping.entries(history: configuration.history ?? [], layers: layers),
          labels: configuration.config?.labels ?? [:], user: configuration.config?.user ?? "",
          environment: configuration.config?.env ?? [], origin: "registry \(parsed.registry)"))
    } catch {
      return .unavailable(reason: error.reason)
    }
  }

  /// True for a registry on this machine or one listed in `insecureRegistries`.
  func usesPlainHTTP(for reference: RegistryReference) -> Bool {
    reference.isLoopback || insecureRegistries.contains(reference.registry)
  }

  /// The single-image manifest for `ref`, following an index to `platform`; nil when the registry has none.
  private func imageManifest(
    _ client: RegistryClient, ref: String, depth: Int
  ) async throws(ImageSourceFailure) -> OCIManifest? {
    let answer = try await client.get("manifests", ref, accept: Self.manifestMediaTypes)
    switch answer.status {
    case 200: break
    case 404: return nil
    case 401, 403:
      throw client.failure(
        "refused access to \(client.reference.repository) (HTTP \(answer.status)): \(Self.message(answer.body))")
    default:
      throw client.failure("answered HTTP \(answer.status) for manifest \(ref): \(Self.message(answer.body))")
    }
    let manifest: OCIManifest = try decode(answer, client: client, what: "manifest")
    if manifest.isIndex {
      guard depth == 0 else { throw client.failure("sent an index inside an index for \(ref)") }
      guard let pick = PlatformChoice.pick(manifest.manifests ?? [], platform: platform) else {
        let offered = (manifest.manifests ?? []).compactMap { $0.platform.map { "\($0.os)/\($0.architecture)" } }
        throw client.failure(
          "has no \(platform) image for \(ref) (it has: \(offered.joined(separator: ", ")))")
      }
      return try await imageManifest(client, ref: pick.digest, depth: depth + 1)
    }
    guard manifest.schemaVersion == 2, manifest.config != nil else {
      let type = answer.header("Content-Type") ?? manifest.mediaType ?? "unknown"
      throw client.failure("sent a manifest stagetui cannot read (\(type)); schema 2 or OCI expected")
    }
    return manifest
  }

  private func decode<T: Decodable>(
    _ answer: TransportResponse, client: RegistryClient, what: String
  ) throws(ImageSourceFailure) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(answer.body))
    } catch {
      throw client.failure("sent an invalid \(what) (\(error))")
    }
  }

  /// The first message of a registry error body (`{"errors":[{"message":…}]}`), or the status text.
  private static func message(_ body: [UInt8]) -> String {
    struct Errors: Decodable {
      struct Item: Decodable {
        var code: String?
        var message: String?
      }
      var errors: [Item]
    }
    guard let decoded = try? JSONDecoder().decode(Errors.self, from: Data(body)), let first = decoded.errors.first
    else { return String(decoding: body.prefix(120), as: UTF8.self) }
    return [first.code, first.message].compactMap { $0 }.joined(separator: ": ")
  }
}
