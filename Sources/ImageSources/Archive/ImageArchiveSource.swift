import Foundation
import StageAnalysis

/// Real image sizes from a `docker save` archive or an OCI image layout directory.
///
/// Sizes are per-layer tar bytes (`SizeKind.tar`) when the layers are stored
/// uncompressed, as `docker save` writes them, or compressed bytes
/// (`SizeKind.compressed`) when the layout holds gzip or zstd blobs. The archive is
/// read in one streaming pass; only its JSON documents are kept in memory.
public struct ImageArchiveSource: ImageSizeSource {
  /// The archive file or layout directory.
  public let path: String
  /// The platform picked from an index with several (`linux/amd64` by default).
  public let platform: String

  /// Reads the archive or layout at `path`.
  public init(path: String, platform: String = "linux/amd64") {
    self.path = path
    self.platform = platform
  }

  /// `archive`.
  public var name: String { "archive" }

  /// Looks `reference` up in the archive; an empty reference picks its only image.
  public func lookUp(_ reference: String) async -> ImageLookup {
    let origin = "archive \(path)"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .unavailable(reason: "\(origin): no such file or directory")
    }
    do {
      if isDirectory.boolValue {
        let reader = ArchiveImageReader(contents: DirectoryContents(path: path), origin: origin, defaultPlatform: platform)
        return try reader.lookUp(reference)
      }
      let source = try FileByteSource(path: path)
      let head = try FileByteSource(path: path).read(upTo: 4)
      let encoding = LayerCompression(prefix: head)
      guard encoding == .uncompressed else {
        return .unavailable(reason: "\(origin) is \(encoding)-compressed; decompress it first (docker save writes a plain tar)")
      }
      let contents = try TarArchiveContents(source: source)
      let reader = ArchiveImageReader(contents: contents, origin: origin, defaultPlatform: platform)
      return try reader.lookUp(reference)
    } catch let error as ArchiveError {
      return .unavailable(reason: "\(origin): \(error.reason)")
    } catch {
      return .unavailable(reason: "\(origin): \(error.localizedDescription)")
    }
  }
}
