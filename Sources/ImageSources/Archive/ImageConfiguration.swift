/// The parts of an image configuration blob (OCI / Docker image config) the sources read.
struct ImageConfiguration: Decodable {
  /// One `history` item.
  struct History: Decodable {
    var createdBy: String?
    var emptyLayer: Bool?

    enum CodingKeys: String, CodingKey {
      case createdBy = "created_by"
      case emptyLayer = "empty_layer"
    }
  }

  /// The runtime `config` object.
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

  /// `rootfs`.
  struct RootFS: Decodable {
    var diffIDs: [String]?

    enum CodingKeys: String, CodingKey {
      case diffIDs = "diff_ids"
    }
  }

  var os: String?
  var architecture: String?
  var variant: String?
  var config: Config?
  var history: [History]?
  var rootfs: RootFS?

  /// `os/architecture[/variant]`, when both are known.
  var platform: String? {
    guard let os, let architecture else { return nil }
    return [os, architecture, variant].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "/")
  }
}
