/// A content descriptor (OCI and Docker v2 schema 2 share the shape).
struct OCIDescriptor: Decodable, Equatable {
  /// The platform an index entry is for.
  struct Platform: Decodable, Equatable {
    var os: String
    var architecture: String
    var variant: String?
  }

  var mediaType: String?
  var digest: String
  var size: Int64
  var platform: Platform?
  var annotations: [String: String]?

  /// True when the media type says the blob is compressed (gzip or zstd layers).
  var isCompressedLayer: Bool {
    guard let mediaType else { return false }
    return mediaType.hasSuffix("+gzip") || mediaType.hasSuffix("+zstd")
      || mediaType.hasSuffix(".tar.gzip") || mediaType == "application/vnd.docker.image.rootfs.diff.tar.gzip"
  }
}

/// An image manifest (OCI or Docker v2 schema 2), or an index / manifest list.
struct OCIManifest: Decodable {
  var schemaVersion: Int?
  var mediaType: String?
  var config: OCIDescriptor?
  var layers: [OCIDescriptor]?
  var manifests: [OCIDescriptor]?

  /// True for an OCI index or a Docker manifest list.
  var isIndex: Bool {
    manifests != nil && config == nil
  }
}

/// One entry of a `docker save` manifest.json.
struct DockerSaveManifestEntry: Decodable {
  var config: String
  var repoTags: [String]?
  var layers: [String]

  enum CodingKeys: String, CodingKey {
    case config = "Config"
    case repoTags = "RepoTags"
    case layers = "Layers"
  }
}
