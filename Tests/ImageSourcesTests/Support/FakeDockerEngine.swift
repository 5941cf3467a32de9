import Foundation
import NIOHTTP1

/// Canned Engine API answers for one image, as dockerd 20.10 shapes them.
enum FakeDockerEngine {
  static let imageID = "sha256:" + String(repeating: "c", count: 64)

  static let inspect = """
    {"Id":"\(imageID)","RepoTags":["example/app:1.0"],"Size":75000,"VirtualSize":75000,
     "Os":"linux","Architecture":"arm64","Variant":"v8",
     "Config":{"User":"nobody","Env":["PATH=/bin"],"Labels":{"org.stagetui.example":"app"}},
     "RootFS":{"Type":"layers","Layers":["sha256:l1","sha256:l2","sha256:l3"]}}
    """

  /// Newest first, as the API lists them.
  static let history = """
    [{"Id":"\(imageID)","Created":3,"CreatedBy":"COPY app /app # buildkit","Size":5000,"Comment":"buildkit.dockerfile.v0"},
     {"Id":"<missing>","Created":2,"CreatedBy":"ENV A=b","Size":0,"Comment":"buildkit.dockerfile.v0"},
     {"Id":"<missing>","Created":2,"CreatedBy":"WORKDIR /app","Size":0,"Comment":"buildkit.dockerfile.v0"},
     {"Id":"<missing>","Created":1,"CreatedBy":"","Size":70000,"Comment":"Imported from -"}]
    """

  static let list = """
    [{"Id":"\(imageID)","RepoTags":["example/app:1.0"],"Size":75000,"Labels":{"org.stagetui.example":"app"}},
     {"Id":"sha256:d","RepoTags":null,"Size":1,"Labels":null}]
    """

  /// A router answering `/_ping`, `/version`, one image's inspect and history, and the image list.
  static func router(
    apiVersionHeader: String? = "1.41", versionBody: String = #"{"ApiVersion":"1.41","Version":"20.10.24"}"#,
    inspectStatus: HTTPResponseStatus = .ok, inspectBody: String = inspect
  ) -> @Sendable (FakeRequest) -> FakeResponse {
    { request in
      guard let host = request.header("Host"), !host.isEmpty else {
        // What dockerd's Go HTTP server answers.
        return FakeResponse(status: .badRequest, body: Array("400 Bad Request: missing required Host header".utf8))
      }
      switch request.path {
      case "/_ping":
        return FakeResponse(headers: apiVersionHeader.map { [("Api-Version", $0)] } ?? [], body: Array("OK".utf8))
      case "/version":
        return FakeResponse(json: versionBody)
      case let path where path.hasSuffix("/images/example/app:1.0/json"):
        return FakeResponse(status: inspectStatus, json: inspectBody)
      case let path where path.hasSuffix("/images/example/app:1.0/history"):
        return FakeResponse(json: history)
      case let path where path.hasSuffix("/images/json"):
        return FakeResponse(json: list)
      case let path where path.contains("/images/"):
        return FakeResponse(status: .notFound, json: #"{"message":"No such image: \#(path.split(separator: "/")[2])"}"#)
      default:
        return FakeResponse(status: .notFound, json: #"{"message":"page not found"}"#)
      }
    }
  }
}
