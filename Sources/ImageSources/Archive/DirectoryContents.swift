import Foundation

/// The contents of an OCI image layout (or an unpacked `docker save`) on disk.
struct DirectoryContents: ArchiveContents {
  private let root: URL

  /// Reads the layout at `path`.
  init(path: String) {
    root = URL(fileURLWithPath: path, isDirectory: true)
  }

  func document(at path: String) throws -> [UInt8]? {
    let url = root.appendingPathComponent(path)
    guard let size = size(at: path) else { return nil }
    guard size <= TarArchiveContents.maxDocumentBytes else {
      throw ArchiveError.unsupported("\(path) is \(size) bytes, too large for image metadata")
    }
    do {
      return [UInt8](try Data(contentsOf: url))
    } catch {
      throw ArchiveError.unreadable(path: url.path, reason: error.localizedDescription)
    }
  }

  func size(at path: String) -> Int64? {
    let url = root.appendingPathComponent(path).resolvingSymlinksInPath()
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? NSNumber
    else { return nil }
    return size.int64Value
  }

  func compression(at path: String) -> LayerCompression? {
    guard let handle = FileHandle(forReadingAtPath: root.appendingPathComponent(path).path) else {
      return nil
    }
    defer { try? handle.close() }
    let prefix = (try? handle.read(upToCount: 4)) ?? Data()
    return LayerCompression(prefix: [UInt8](prefix))
  }
}
