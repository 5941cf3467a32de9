/// Image archives and layouts the tests write themselves.
enum ImageFixtures {
  /// A layer: a real tar holding one file of `fileBytes` bytes.
  static func layerTar(_ name: String, fileBytes: Int) -> [UInt8] {
    var writer = TarWriter()
    writer.addDirectory("app")
    writer.addFile("app/\(name)", [UInt8](repeating: 0x61, count: fileBytes))
    return writer.finished
  }

  /// A 64-digit hex name derived from `seed`.
  static func hex(_ seed: Int) -> String {
    let digits = String(seed, radix: 16)
    return String(repeating: "a", count: 64 - digits.count) + digits
  }

  /// A configuration with three layers and metadata entries between them, as BuildKit writes.
  static let configJSON = """
    {"architecture":"amd64","os":"linux",
     "config":{"User":"65532","Env":["PATH=/usr/bin","A=b"],"Labels":{"org.example":"yes"}},
     "rootfs":{"type":"layers","diff_ids":["sha256:\(hex(1))","sha256:\(hex(2))","sha256:\(hex(3))"]},
     "history":[
      {"created_by":"/bin/sh -c #(nop) ADD file:abc in / "},
      {"created_by":"/bin/sh -c #(nop)  CMD [\\"sh\\"]","empty_layer":true},
      {"created_by":"WORKDIR /src","comment":"buildkit.dockerfile.v0"},
      {"created_by":"ENV A=b","comment":"buildkit.dockerfile.v0","empty_layer":true},
      {"created_by":"COPY app.bin /app # buildkit","comment":"buildkit.dockerfile.v0"},
      {"created_by":"USER 65532","comment":"buildkit.dockerfile.v0","empty_layer":true}
     ]}
    """

  /// Layers of the configuration above.
  static let layers = [layerTar("base", fileBytes: 3000), layerTar("empty", fileBytes: 0), layerTar("bin", fileBytes: 70000)]

  /// A `docker save` archive in the legacy layout (`<id>/layer.tar`, `<config>.json`,
  /// `manifest.json` last), with a second image sharing the base layer through a symlink.
  static func legacyDockerSave(longNames: TarWriter.LongNames = .pax) -> [UInt8] {
    var tar = TarWriter()
    tar.longNames = longNames
    for (index, layer) in layers.enumerated() {
      tar.addDirectory(hex(100 + index))
      tar.addFile("\(hex(100 + index))/VERSION", text: "1.0")
      tar.addFile("\(hex(100 + index))/layer.tar", layer)
    }
    tar.addDirectory(hex(200))
    tar.addSymlink("\(hex(200))/layer.tar", target: "../\(hex(100))/layer.tar")
    tar.addFile("\(hex(9)).json", text: configJSON)
    let other = """
      {"architecture":"arm64","os":"linux","variant":"v8","config":{},
       "history":[{"created_by":"/bin/sh -c #(nop) ADD file:abc in / "}]}
      """
    tar.addFile("\(hex(10)).json", text: other)
    let manifest = """
      [{"Config":"\(hex(9)).json","RepoTags":["example/app:1.0"],
        "Layers":["\(hex(100))/layer.tar","\(hex(101))/layer.tar","\(hex(102))/layer.tar"]},
       {"Config":"\(hex(10)).json","RepoTags":["example/base:latest"],"Layers":["\(hex(200))/layer.tar"]}]
      """
    tar.addFile("manifest.json", text: manifest)
    tar.addFile("repositories", text: "{}")
    return tar.finished
  }

  /// An OCI image layout's files (path → bytes): an index naming the image, a nested
  /// multi-platform index, and blobs with the given layer media type and bytes.
  static func ociLayout(layerMediaType: String, layerBlobs: [[UInt8]]) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    files["oci-layout"] = Array(#"{"imageLayoutVersion":"1.0.0"}"#.utf8)
    files["blobs/sha256/\(hex(9))"] = Array(configJSON.utf8)
    let layerDescriptors = layerBlobs.enumerated().map { index, blob in
      files["blobs/sha256/\(hex(300 + index))"] = blob
      return #"{"mediaType":"\#(layerMediaType)","digest":"sha256:\#(hex(300 + index))","size":\#(blob.count)}"#
    }
    let manifest = """
      {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
       "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:\(hex(9))","size":\(configJSON.utf8.count)},
       "layers":[\(layerDescriptors.joined(separator: ","))]}
      """
    files["blobs/sha256/\(hex(400))"] = Array(manifest.utf8)
    let armManifest = #"{"schemaVersion":2,"config":{"digest":"sha256:\#(hex(9))","size":1},"layers":[]}"#
    files["blobs/sha256/\(hex(401))"] = Array(armManifest.utf8)
    let nested = """
      {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
       {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:\(hex(401))","size":\(armManifest.utf8.count),
        "platform":{"os":"linux","architecture":"arm64","variant":"v8"}},
       {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:\(hex(400))","size":\(manifest.utf8.count),
        "platform":{"os":"linux","architecture":"amd64"}}]}
      """
    files["blobs/sha256/\(hex(402))"] = Array(nested.utf8)
    files["index.json"] = Array(
      """
      {"schemaVersion":2,"manifests":[
       {"mediaType":"application/vnd.oci.image.index.v1+json","digest":"sha256:\(hex(402))","size":\(nested.utf8.count),
        "annotations":{"io.containerd.image.name":"docker.io/example/app:2.0","org.opencontainers.image.ref.name":"2.0"}}]}
      """.utf8)
    return files
  }

  /// A fake gzip blob of `count` bytes (magic number, then filler).
  static func gzipBlob(_ count: Int) -> [UInt8] {
    [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0x55, count: count - 4)
  }
}
