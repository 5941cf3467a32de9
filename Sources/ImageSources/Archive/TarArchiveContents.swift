/// The contents of a tar archive, gathered in one streaming pass: every member's size,
/// the sniffed encoding of every blob, and the bytes of the small JSON documents only.
struct TarArchiveContents: ArchiveContents {
  /// JSON documents larger than this are not image metadata.
  static let maxDocumentBytes: Int64 = 16 << 20
  private static let sniffBytes = 512

  private var sizes: [String: Int64] = [:]
  private var encodings: [String: LayerCompression] = [:]
  private var documents: [String: [UInt8]] = [:]
  private var links: [String: String] = [:]

  /// Scans the archive that `source` streams.
  init<Source: ByteSource>(source: Source) throws {
    var reader = TarReader(source: source)
    while let entry = try reader.next() {
      switch entry.kind {
      case .file:
        sizes[entry.path] = entry.size
        let prefix = try reader.readData(upTo: Self.sniffBytes)
        encodings[entry.path] = LayerCompression(prefix: prefix)
        if Self.mayBeDocument(entry, prefix: prefix) {
          let rest = try reader.readData(upTo: Int(entry.size) - prefix.count)
          documents[entry.path] = prefix + rest
        }
      case .symlink:
        links[entry.path] = Self.resolve(entry.linkTarget, relativeTo: entry.path)
      case .hardlink:
        links[entry.path] = Self.normalize(entry.linkTarget)
      case .directory, .other:
        continue
      }
    }
  }

  func document(at path: String) throws -> [UInt8]? {
    documents[target(of: path)]
  }

  func size(at path: String) -> Int64? {
    sizes[target(of: path)]
  }

  func compression(at path: String) -> LayerCompression? {
    encodings[target(of: path)]
  }

  private func target(of path: String) -> String {
    var current = Self.normalize(path)
    var hops = 0
    while let next = links[current], hops < 16 {
      current = next
      hops += 1
    }
    return current
  }

  private static func mayBeDocument(_ entry: TarEntry, prefix: [UInt8]) -> Bool {
    guard entry.size <= maxDocumentBytes else { return false }
    if entry.path.hasSuffix(".json") || entry.path == "oci-layout" { return true }
    let firstNonSpace = prefix.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return firstNonSpace == UInt8(ascii: "{") || firstNonSpace == UInt8(ascii: "[")
  }

  private static func resolve(_ target: String, relativeTo linkPath: String) -> String {
    if target.hasPrefix("/") { return normalize(target) }
    var parts = linkPath.split(separator: "/").map(String.init)
    parts.removeLast()
    return normalize((parts + [target]).joined(separator: "/"))
  }

  private static func normalize(_ path: String) -> String {
    var out: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !out.isEmpty { out.removeLast() }
      default: out.append(part)
      }
    }
    return out.joined(separator: "/")
  }
}
