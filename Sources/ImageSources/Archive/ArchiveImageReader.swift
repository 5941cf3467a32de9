import Foundation
import StageAnalysis

/// Builds an `ImageRecord` from the files of a `docker save` archive or an OCI layout.
struct ArchiveImageReader<Contents: ArchiveContents> {
  /// One layer as the archive stores it.
  private struct Layer {
    var bytes: Int64
    var compressed: Bool
    var digest: String?
  }

  /// The image chosen in the archive: its configuration and layers.
  private struct Image {
    var configPath: String
    var layers: [Layer]
  }

  let contents: Contents
  let origin: String
  let defaultPlatform: String

  /// Looks `reference` up; an empty reference picks the only image there is.
  func lookUp(_ reference: String) throws -> ImageLookup {
    let image: Image
    if let manifest = try contents.document(at: "manifest.json") {
      let entries: [DockerSaveManifestEntry] = try decode(manifest, file: "manifest.json")
      guard let found = try imageFromDockerSave(entries, reference: reference) else {
        let tags = entries.flatMap { $0.repoTags ?? [] }
        return .notFound(reason: notFoundReason(reference, available: tags))
      }
      image = found
    } else if let index = try contents.document(at: "index.json") {
      let manifest: OCIManifest = try decode(index, file: "index.json")
      switch try imageFromIndex(manifest, reference: reference) {
      case .success(let found): image = found
      case .failure(let missing): return .notFound(reason: missing.reason)
      }
    } else {
      throw ArchiveError.missingFile("manifest.json or index.json (not a docker save archive or OCI layout)")
    }
    return try record(for: image, reference: reference)
  }

  private func record(for image: Image, reference: String) throws -> ImageLookup {
    guard let configBytes = try contents.document(at: image.configPath) else {
      throw ArchiveError.missingFile("image configuration \(image.configPath)")
    }
    let config: ImageConfiguration = try decode(configBytes, file: image.configPath)
    let compressedCount = image.layers.filter(\.compressed).count
    guard compressedCount == 0 || compressedCount == image.layers.count else {
      return .unavailable(
        reason: "\(origin): \(compressedCount) of \(image.layers.count) layers are compressed; "
          + "tar and compressed bytes cannot be mixed")
    }
    let kind: SizeKind = compressedCount == 0 ? .tar : .compressed
    let diffIDs = config.rootfs?.diffIDs ?? []
    let layers = image.layers.enumerated().map { index, layer in
      LayerHistoryMapping.Layer(
        bytes: layer.bytes, digest: layer.digest ?? (index < diffIDs.count ? diffIDs[index] : nil))
    }
    let history = LayerHistoryMapping.entries(history: config.history ?? [], layers: layers)
    return .found(
      ImageRecord(
        reference: reference, id: Self.digest(ofBlobPath: image.configPath), platform: config.platform,
        totalBytes: image.layers.reduce(0) { $0 + $1.bytes }, sizeKind: kind, history: history,
        labels: config.config?.labels ?? [:], user: config.config?.user ?? "",
        environment: config.config?.env ?? [], origin: origin))
  }

  // MARK: - docker save

  private func imageFromDockerSave(_ entries: [DockerSaveManifestEntry], reference: String) throws -> Image? {
    let chosen: DockerSaveManifestEntry?
    if reference.isEmpty {
      chosen = entries.count == 1 ? entries[0] : nil
    } else if let digest = ImageReferenceMatch.digest(reference) {
      chosen = entries.first { Self.digest(ofBlobPath: $0.config).map { $0.hasPrefix(digest) } ?? false }
    } else {
      chosen = entries.first { ($0.repoTags ?? []).contains { ImageReferenceMatch.same($0, reference) } }
    }
    guard let chosen else { return nil }
    var layers: [Layer] = []
    for path in chosen.layers {
      guard let size = contents.size(at: path) else {
        throw ArchiveError.missingFile("layer \(path)")
      }
      let compressed = (contents.compression(at: path) ?? .uncompressed) != .uncompressed
      layers.append(
        Layer(bytes: size, compressed: compressed, digest: path.hasPrefix("blobs/") ? Self.digest(ofBlobPath: path) : nil))
    }
    return Image(configPath: chosen.config, layers: layers)
  }

  // MARK: - OCI layout

  private struct Missing: Error {
    var reason: String
  }

  private func imageFromIndex(_ index: OCIManifest, reference: String) throws -> Result<Image, Missing> {
    let candidates = index.manifests ?? []
    let chosen: OCIDescriptor?
    if reference.isEmpty {
      chosen = candidates.count == 1 ? candidates[0] : nil
    } else if let digest = ImageReferenceMatch.digest(reference) {
      chosen = candidates.first { $0.digest.hasPrefix(digest) }
    } else {
      chosen = candidates.first { descriptor in
        let names = [
          descriptor.annotations?["io.containerd.image.name"],
          descriptor.annotations?["org.opencontainers.image.ref.name"],
        ].compactMap { $0 }
        return names.contains { ImageReferenceMatch.same($0, reference) || ImageReferenceMatch.sameTag($0, reference) }
      }
    }
    guard let chosen else {
      let names = candidates.compactMap {
        $0.annotations?["io.containerd.image.name"] ?? $0.annotations?["org.opencontainers.image.ref.name"]
      }
      return .failure(Missing(reason: notFoundReason(reference, available: names)))
    }
    return try imageFromManifest(chosen, depth: 0)
  }

  private func imageFromManifest(_ descriptor: OCIDescriptor, depth: Int) throws -> Result<Image, Missing> {
    let path = Self.blobPath(descriptor.digest)
    guard depth < 4, let bytes = try contents.document(at: path) else {
      throw ArchiveError.missingFile("manifest blob \(path)")
    }
    let manifest: OCIManifest = try decode(bytes, file: path)
    if manifest.isIndex {
      let manifests = manifest.manifests ?? []
      guard let pick = PlatformChoice.pick(manifests, platform: defaultPlatform) else {
        return .failure(Missing(reason: "\(origin): no manifest for platform \(defaultPlatform)"))
      }
      return try imageFromManifest(pick, depth: depth + 1)
    }
    guard let config = manifest.config else {
      throw ArchiveError.malformedJSON(file: path, reason: "manifest without config")
    }
    var layers: [Layer] = []
    for layer in manifest.layers ?? [] {
      let blob = Self.blobPath(layer.digest)
      let sniffed = contents.compression(at: blob)
      let compressed = layer.isCompressedLayer || (sniffed.map { $0 != .uncompressed } ?? false)
      layers.append(Layer(bytes: contents.size(at: blob) ?? layer.size, compressed: compressed, digest: layer.digest))
    }
    return .success(Image(configPath: Self.blobPath(config.digest), layers: layers))
  }

  // MARK: - Helpers

  private static func blobPath(_ digest: String) -> String {
    let parts = digest.split(separator: ":", maxSplits: 1)
    return parts.count == 2 ? "blobs/\(parts[0])/\(parts[1])" : "blobs/\(digest)"
  }

  /// `sha256:<hex>` from `blobs/sha256/<hex>`, `<hex>.json` or `<hex>/layer.tar`.
  private static func digest(ofBlobPath path: String) -> String? {
    let parts = path.split(separator: "/").map(String.init)
    if parts.count == 3, parts[0] == "blobs" { return "\(parts[1]):\(parts[2])" }
    let name = parts.first.map { $0.hasSuffix(".json") ? String($0.dropLast(5)) : $0 } ?? ""
    guard name.count == 64, name.allSatisfy(\.isHexDigit) else { return nil }
    return "sha256:\(name)"
  }

  private func notFoundReason(_ reference: String, available: [String]) -> String {
    let list = available.isEmpty ? "no tagged images" : available.joined(separator: ", ")
    if reference.isEmpty {
      return "\(origin) holds several images (\(list)); name one"
    }
    return "\(origin) has no image \(reference) (it holds: \(list))"
  }

  private func decode<T: Decodable>(_ bytes: [UInt8], file: String) throws -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch {
      throw ArchiveError.malformedJSON(file: file, reason: String(describing: error))
    }
  }
}
