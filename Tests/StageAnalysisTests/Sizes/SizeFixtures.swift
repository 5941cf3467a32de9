import BaseImageCatalog
import DockerfileSyntax
@testable import StageAnalysis

/// Small Dockerfile + context + records set-ups for the size model tests.
enum SizeFixtures {
  /// A one-entry catalog: `debian:bookworm-slim` at a round size.
  static let catalog = BaseImageCatalog(images: [
    BaseImage(
      repository: "debian", tag: "bookworm-slim", resolvedTag: "bookworm-20240311-slim", architecture: .amd64,
      contentSize: SizeFigure(
        bytes: 74_000_000, tolerance: 0, basis: .stated, statedAs: "74 MB", date: "2024-03-11",
        source: "test row"),
      compressedSize: nil, compressedLayerBytes: [], family: "debian", variant: .slim,
      traits: BaseImageCatalog.bundled.images[0].traits, aptBaseSet: nil, apkBaseSet: nil, notes: [],
      sources: ["test row"])
  ])

  /// The model over the test catalog.
  static let model = SizeModel(catalog: catalog)

  /// Sizes `text` with `context` and `measured` records.
  static func report(
    _ text: String, context: InMemoryBuildContext? = InMemoryBuildContext(), measured: MeasuredImages = .none,
    target: String? = nil, model: SizeModel = model
  ) -> SizeReport {
    let dockerfile = Dockerfile.parse(text)
    let graph = StageGraph(dockerfile: dockerfile, configuration: BuildConfiguration(target: target))
    return model.report(graph: graph, file: "Dockerfile", context: context, measured: measured)
  }

  /// A history entry the way BuildKit writes it.
  static func entry(_ createdBy: String, _ bytes: Int64, empty: Bool = false) -> ImageRecord.HistoryEntry {
    ImageRecord.HistoryEntry(createdBy: createdBy, bytes: bytes, isEmptyLayer: empty)
  }

  /// A content-bytes record whose total is the sum of its history.
  static func record(_ reference: String, _ history: [ImageRecord.HistoryEntry]) -> ImageRecord {
    ImageRecord(
      reference: reference, totalBytes: history.reduce(0) { $0 + $1.bytes }, sizeKind: .content, history: history,
      origin: "engine unix:///test.sock")
  }
}
