/// `GET /images/{name}/json`, the fields read.
struct EngineImageInspect: Decodable {
  struct Config: Decodable {
    var user: String?
    var env: [String]?
    var labels: [String: String]?

    enum CodingKeys: String, CodingKey {
      case user = "User"
      case env = "Env"
      case labels = "Labels"
    }
  }

  struct RootFS: Decodable {
    var layers: [String]?

    enum CodingKeys: String, CodingKey {
      case layers = "Layers"
    }
  }

  var id: String
  var size: Int64
  var config: Config?
  var os: String?
  var architecture: String?
  var variant: String?
  var rootFS: RootFS?

  enum CodingKeys: String, CodingKey {
    case id = "Id"
    case size = "Size"
    case config = "Config"
    case os = "Os"
    case architecture = "Architecture"
    case variant = "Variant"
    case rootFS = "RootFS"
  }
}

/// One item of `GET /images/{name}/history` (newest first in the API).
struct EngineHistoryItem: Decodable {
  var id: String?
  var createdBy: String?
  var size: Int64

  enum CodingKeys: String, CodingKey {
    case id = "Id"
    case createdBy = "CreatedBy"
    case size = "Size"
  }
}

/// `GET /version`, the fields read.
struct EngineVersion: Decodable {
  var apiVersion: String?
  var version: String?

  enum CodingKeys: String, CodingKey {
    case apiVersion = "ApiVersion"
    case version = "Version"
  }
}

/// The engine's JSON error body (`{"message": "No such image: x"}`).
struct EngineErrorBody: Decodable {
  var message: String
}
