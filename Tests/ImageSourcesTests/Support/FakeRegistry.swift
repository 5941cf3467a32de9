import Foundation
import NIOHTTP1

/// A registry v2 that demands a bearer token from its own token service, as public
/// registries do, and serves one image (`e2e/app:1`) and a two-platform index (`e2e/app:multi`).
enum FakeRegistry {
  static let token = "t0k3n-\(UInt32.random(in: 0...UInt32.max))"
  static let configDigest = "sha256:" + String(repeating: "1", count: 64)
  static let manifestDigest = "sha256:" + String(repeating: "2", count: 64)
  static let armManifestDigest = "sha256:" + String(repeating: "3", count: 64)

  static let config = """
    {"architecture":"amd64","os":"linux","config":{"User":"app","Env":["A=1"],"Labels":{"k":"v"}},
     "history":[{"created_by":"","comment":"Imported from -"},
                {"created_by":"ENV A=1","empty_layer":true},
                {"created_by":"COPY app /app # buildkit"}]}
    """

  static let manifest = """
    {"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",
     "config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":\(config.utf8.count),"digest":"\(configDigest)"},
     "layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":31415,"digest":"sha256:aa"},
               {"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":2718,"digest":"sha256:bb"}]}
    """

  static let index = """
    {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
     {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"\(armManifestDigest)","size":10,
      "platform":{"os":"linux","architecture":"arm64","variant":"v8"}},
     {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"\(manifestDigest)","size":10,
      "platform":{"os":"linux","architecture":"amd64"}},
     {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:44","size":10,
      "platform":{"os":"unknown","architecture":"unknown"}}]}
    """

  static let armManifest = """
    {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
     "config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":1,"digest":"\(configDigest)"},
     "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":999,"digest":"sha256:cc"}]}
    """

  /// The router; `port` is where the server listens (for the realm), `basic` the credentials the
  /// token service demands when given (`Basic …`).
  static func router(port: @escaping @Sendable () -> Int, basic: String? = nil) -> @Sendable (FakeRequest) -> FakeResponse {
    { request in
      if request.path == "/token" {
        if let basic, request.header("Authorization") != basic {
          return FakeResponse(status: .unauthorized, json: #"{"details":"bad credentials"}"#)
        }
        let query = URLComponents(string: request.uri)?.queryItems ?? []
        let values = Dictionary(query.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
        guard values["scope"] == "repository:e2e/app:pull", values["service"] == "fake" else {
          return FakeResponse(status: .badRequest, json: "{}")
        }
        return FakeResponse(json: #"{"token":"\#(token)","expires_in":300}"#)
      }
      guard request.header("Authorization") == "Bearer \(token)" else {
        let challenge =
          #"Bearer realm="http://127.0.0.1:\#(port())/token",service="fake",scope="repository:e2e/app:pull""#
        return FakeResponse(
          status: .unauthorized, headers: [("WWW-Authenticate", challenge)],
          json: #"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#)
      }
      switch request.path {
      case "/v2/e2e/app/manifests/1", "/v2/e2e/app/manifests/\(manifestDigest)":
        return FakeResponse(headers: [("Content-Type", "application/vnd.docker.distribution.manifest.v2+json")], body: Array(manifest.utf8))
      case "/v2/e2e/app/manifests/multi":
        return FakeResponse(headers: [("Content-Type", "application/vnd.oci.image.index.v1+json")], body: Array(index.utf8))
      case "/v2/e2e/app/manifests/\(armManifestDigest)":
        return FakeResponse(body: Array(armManifest.utf8))
      case "/v2/e2e/app/blobs/\(configDigest)":
        return FakeResponse(body: Array(config.utf8))
      default:
        return FakeResponse(
          status: .notFound, json: #"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}"#)
      }
    }
  }
}
