/// An image the engine lists (`GET /images/json`).
public struct EngineImageSummary: Hashable, Sendable, Decodable {
  /// The image ID (`sha256:…`).
  public var id: String
  /// Its tags (`repo:tag`); empty for an untagged image.
  public var repoTags: [String]
  /// Content bytes, as `docker images` counts them.
  public var size: Int64
  /// Its labels.
  public var labels: [String: String]

  /// Makes a summary.
  public init(id: String, repoTags: [String], size: Int64, labels: [String: String]) {
    self.id = id
    self.repoTags = repoTags
    self.size = size
    self.labels = labels
  }

  enum CodingKeys: String, CodingKey {
    case id = "Id"
    case repoTags = "RepoTags"
    case size = "Size"
    case labels = "Labels"
  }

  /// Decodes the engine's JSON (null tags and labels read as empty).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    repoTags = try container.decodeIfPresent([String].self, forKey: .repoTags) ?? []
    size = try container.decode(Int64.self, forKey: .size)
    labels = try container.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
  }
}
