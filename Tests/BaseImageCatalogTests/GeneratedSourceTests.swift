import Foundation
import Testing

@testable import BaseImageCatalog

@Suite("Generated catalog source")
struct GeneratedSourceTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let catalogScripts = repositoryRoot.appendingPathComponent("Scripts/catalog")
  static let sharedTable = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data/base-images.tsv")

  static var python: URL? {
    ["/usr/bin/python3", "/usr/local/bin/python3"].map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  @Test func generatedSourceMatchesItsInputs() throws {
    #expect(!CatalogData.inputDigests.isEmpty)
    for input in CatalogData.inputDigests {
      let data = try Data(contentsOf: Self.catalogScripts.appendingPathComponent(input.file))
      let advice = "Scripts/catalog/\(input.file) changed since generation: run generate_catalog.py"
      #expect(CatalogData.fnv1a64(data) == input.fnv1a64, "\(advice)")
    }
  }

  @Test(.enabled(if: python != nil)) func generatorReproducesTheCommittedSource() throws {
    let process = Process()
    process.executableURL = Self.python
    process.arguments = [Self.catalogScripts.appendingPathComponent("generate_catalog.py").path, "--check"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "generated source differs from what the generator writes")
  }

  @Test func fnvMatchesTheGenerator() {
    #expect(CatalogData.fnv1a64(Array("".utf8)) == 0xcbf2_9ce4_8422_2325)
    #expect(CatalogData.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedTable.path)))
  func sharedTableIsCopiedVerbatim() throws {
    let shared = try Data(contentsOf: Self.sharedTable)
    let copy = try Data(contentsOf: Self.catalogScripts.appendingPathComponent("base-images.tsv"))
    #expect(shared == copy)
  }

  @Test func everySourceRowHasAnEntry() throws {
    let catalog = BaseImageCatalog.bundled
    for file in ["base-images.tsv", "base-images-added.tsv"] {
      let text = try String(contentsOf: Self.catalogScripts.appendingPathComponent(file), encoding: .utf8)
      for row in TSVRows(text).rows {
        let image = String(row["image"] ?? "")
        let tag = String((row["tag"] ?? "").split(separator: " ").first ?? "")
        let arch = String(row["arch"] ?? "")
        let architecture = arch.hasPrefix("multi") ? Architecture.amd64 : Architecture(rawValue: arch)
        let entry = catalog.image(repository: image, tag: tag, architecture: architecture)
        #expect(entry != nil, "\(file): \(image):\(tag) \(arch) missing")
        if let bytes = Int64(row["uncompressed_bytes_approx"] ?? ""), let entry {
          #expect(entry.contentSize?.bytes == bytes)
        }
        if let bytes = Int64(row["compressed_bytes"] ?? ""), let entry {
          #expect(entry.compressedSize != nil)
          #expect(entry.compressedSize?.bytes == bytes || entry.sources.count > 1)
        }
      }
    }
  }

  @Test func everyFigureNamesItsSource() {
    for image in BaseImageCatalog.bundled.images {
      #expect(!image.sources.isEmpty, "\(image.id) has no source")
      for figure in [image.contentSize, image.compressedSize].compactMap({ $0 }) {
        #expect(!figure.source.isEmpty, "\(image.id) has a figure without a source")
        #expect(figure.basis == .synthetic || figure.date != nil, "\(image.id) has an undated figure")
      }
    }
  }
}
