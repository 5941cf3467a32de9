import Foundation
import StageAnalysis
import Testing

@testable import ImageSources

@Suite struct ImageArchiveSourceTests {
  private static let layerSizes = ImageFixtures.layers.map { Int64($0.count) }

  private func record(_ lookup: ImageLookup, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImageRecord {
    guard case .found(let record) = lookup else {
      Issue.record("expected an image, got \(lookup)", sourceLocation: sourceLocation)
      throw CancellationError()
    }
    return record
  }

  private func expectThreeLayerImage(_ record: ImageRecord, sizes: [Int64], kind: SizeKind) {
    #expect(record.sizeKind == kind)
    #expect(record.totalBytes == sizes.reduce(0, +))
    #expect(record.history.map(\.bytes) == [sizes[0], 0, sizes[1], 0, sizes[2], 0])
    #expect(record.history.map(\.isEmptyLayer) == [false, true, false, true, false, true])
    #expect(record.history[4].createdBy == "COPY app.bin /app # buildkit")
    #expect(record.id == "sha256:\(ImageFixtures.hex(9))")
    #expect(record.platform == "linux/amd64")
    #expect(record.user == "65532")
    #expect(record.environment == ["PATH=/usr/bin", "A=b"])
    #expect(record.labels == ["org.example": "yes"])
  }

  @Test(arguments: [TarWriter.LongNames.gnu, .pax])
  func readsALegacyDockerSaveArchive(longNames: TarWriter.LongNames) async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("app.tar", ImageFixtures.legacyDockerSave(longNames: longNames))
    let source = ImageArchiveSource(path: path)
    let image = try record(await source.lookUp("example/app:1.0"))
    expectThreeLayerImage(image, sizes: Self.layerSizes, kind: .tar)
    #expect(image.history[0].layerDigest == "sha256:\(ImageFixtures.hex(1))")
    #expect(image.origin == "archive \(path)")
    let base = try record(await source.lookUp("docker.io/example/base"))
    #expect(base.totalBytes == Self.layerSizes[0])
    #expect(base.platform == "linux/arm64/v8")
  }

  @Test func namesTheImagesWhenTheReferenceIsMissing() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("app.tar", ImageFixtures.legacyDockerSave())
    let lookup = await ImageArchiveSource(path: path).lookUp("example/app:2.0")
    #expect(lookup == .notFound(reason: "archive \(path) has no image example/app:2.0 (it holds: example/app:1.0, example/base:latest)"))
    guard case .notFound(let reason) = await ImageArchiveSource(path: path).lookUp("") else {
      Issue.record("an empty reference in a two-image archive must not pick one")
      return
    }
    #expect(reason.contains("holds several images"))
  }

  @Test func readsAnOCILayoutInsideATarByTagAndDigest() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var tar = TarWriter()
    let files = ImageFixtures.ociLayout(
      layerMediaType: "application/vnd.oci.image.layer.v1.tar", layerBlobs: ImageFixtures.layers)
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
      tar.addFile(name, bytes)
    }
    let path = try directory.write("oci.tar", tar.finished)
    let source = ImageArchiveSource(path: path)
    expectThreeLayerImage(try record(await source.lookUp("example/app:2.0")), sizes: Self.layerSizes, kind: .tar)
    expectThreeLayerImage(try record(await source.lookUp("")), sizes: Self.layerSizes, kind: .tar)
    let byDigest = try record(await source.lookUp("sha256:\(ImageFixtures.hex(402))"))
    #expect(byDigest.history[4].layerDigest == "sha256:\(ImageFixtures.hex(302))")
    guard case .notFound = await source.lookUp("example/other:1") else {
      Issue.record("an absent tag must be notFound")
      return
    }
  }

  @Test func reportsCompressedBytesOfACompressedLayoutDirectory() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let blobs = [ImageFixtures.gzipBlob(1234), ImageFixtures.gzipBlob(10), ImageFixtures.gzipBlob(40000)]
    for (name, bytes) in ImageFixtures.ociLayout(
      layerMediaType: "application/vnd.oci.image.layer.v1.tar+gzip", layerBlobs: blobs)
    {
      try directory.write("layout/" + name, bytes)
    }
    let image = try record(await ImageArchiveSource(path: directory.path + "/layout").lookUp("example/app:2.0"))
    expectThreeLayerImage(image, sizes: [1234, 10, 40000], kind: .compressed)
    let arm = await ImageArchiveSource(path: directory.path + "/layout", platform: "linux/arm64/v8").lookUp("")
    #expect(try record(arm).totalBytes == 0)
  }

  @Test func refusesToMixCompressedAndTarBytes() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let blobs = [ImageFixtures.gzipBlob(100), ImageFixtures.layers[1], ImageFixtures.layers[2]]
    for (name, bytes) in ImageFixtures.ociLayout(
      layerMediaType: "application/vnd.oci.image.layer.v1.tar", layerBlobs: blobs)
    {
      try directory.write(name, bytes)
    }
    guard case .unavailable(let reason) = await ImageArchiveSource(path: directory.path).lookUp("") else {
      Issue.record("mixed layers must be unavailable")
      return
    }
    #expect(reason.hasSuffix("1 of 3 layers are compressed; tar and compressed bytes cannot be mixed"))
  }

  @Test func explainsArchivesItCannotRead() async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let missing = await ImageArchiveSource(path: directory.path + "/none.tar").lookUp("x")
    #expect(missing == .unavailable(reason: "archive \(directory.path)/none.tar: no such file or directory"))

    let gzipped = try directory.write("app.tar.gz", ImageFixtures.gzipBlob(600))
    guard case .unavailable(let gzipReason) = await ImageArchiveSource(path: gzipped).lookUp("x") else {
      Issue.record("a gzipped archive must be unavailable")
      return
    }
    #expect(gzipReason.contains("gzip-compressed; decompress it first"))

    let full = ImageFixtures.legacyDockerSave()
    let truncated = try directory.write("cut.tar", Array(full.prefix(full.count / 2 + 100)))
    guard case .unavailable(let cutReason) = await ImageArchiveSource(path: truncated).lookUp("example/app:1.0") else {
      Issue.record("a truncated archive must be unavailable")
      return
    }
    #expect(cutReason.contains("truncated") || cutReason.contains("not a valid tar"))

    var notImage = TarWriter()
    notImage.addFile("hello.txt", text: "hi")
    let plain = try directory.write("plain.tar", notImage.finished)
    guard case .unavailable(let plainReason) = await ImageArchiveSource(path: plain).lookUp("x") else {
      Issue.record("a tar without manifest.json or index.json must be unavailable")
      return
    }
    #expect(plainReason.contains("not a docker save archive or OCI layout"))

    var badJSON = TarWriter()
    badJSON.addFile("manifest.json", text: "[{\"Config\":")
    let broken = try directory.write("broken.tar", badJSON.finished)
    guard case .unavailable(let jsonReason) = await ImageArchiveSource(path: broken).lookUp("x") else {
      Issue.record("invalid manifest.json must be unavailable")
      return
    }
    #expect(jsonReason.contains("invalid JSON in manifest.json"))
  }
}
