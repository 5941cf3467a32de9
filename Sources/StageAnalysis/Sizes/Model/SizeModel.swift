import BaseImageCatalog
import DockerfileInstructions

/// Sizes every instruction of every stage and projects the target image, pure and synchronous.
///
/// Sources, strongest first: measured image records (history aligned to instructions), the
/// build context for `COPY`/`ADD`, the base-image catalog, estimates of `RUN` steps from
/// package tables and explained models, and unknown. Every figure says which it is and why.
public struct SizeModel: Sendable {
  /// The base-image catalog.
  public var catalog: BaseImageCatalog {
    didSet {
      catalogFigures = FigureMemo()
      packageFigures = FigureMemo()
    }
  }
  /// Debian package sizes and dependencies for `apt-get install`.
  public var debianPackages: DebianPackageResolver {
    didSet { packageFigures = FigureMemo() }
  }
  /// Alpine package sizes for `apk add`.
  public var alpinePackages: AlpinePackageTable {
    didSet { packageFigures = FigureMemo() }
  }
  /// Which size the report is in; records of another kind are not mixed in.
  public var sizeKind: SizeKind
  /// Base-image figures already read from `catalog`.
  private(set) var catalogFigures: FigureMemo<CatalogFigureKey>
  /// Install figures already worked out from the package tables.
  private(set) var packageFigures: FigureMemo<PackageFigureKey>

  /// A model over the given tables; a table left out (nil) is the bundled one.
  ///
  /// A figure is a pure function of the tables and of what it is asked for, so every model
  /// over the bundled tables shares the figures any of them worked out, for the whole process;
  /// a model given a table of its own keeps its own.
  public init(
    catalog: BaseImageCatalog? = nil, debianPackages: DebianPackageResolver? = nil,
    alpinePackages: AlpinePackageTable? = nil, sizeKind: SizeKind = .content
  ) {
    self.catalog = catalog ?? .bundled
    self.debianPackages = debianPackages ?? DebianPackageResolver()
    self.alpinePackages = alpinePackages ?? .bundled
    self.sizeKind = sizeKind
    catalogFigures = catalog == nil ? Self.bundledCatalogFigures : FigureMemo()
    let bundledPackages = catalog == nil && debianPackages == nil && alpinePackages == nil
    packageFigures = bundledPackages ? Self.bundledPackageFigures : FigureMemo()
  }

  /// The base-image figures of every model over the bundled catalog.
  private static let bundledCatalogFigures = FigureMemo<CatalogFigureKey>()
  /// The install figures of every model over the bundled catalog and package tables.
  private static let bundledPackageFigures = FigureMemo<PackageFigureKey>()

  /// Sizes a Dockerfile's stages.
  ///
  /// - Parameters:
  ///   - graph: the stage graph for the chosen target and build arguments.
  ///   - file: the Dockerfile's name for the report.
  ///   - context: the build context, or nil when there is none to read.
  ///   - dockerfilePath: the Dockerfile's path relative to the context (for its own `.dockerignore`).
  ///   - measured: records already fetched for base references and for stages.
  ///   - escapeToken: the Dockerfile's escape character (`Dockerfile.escapeToken`).
  public func report(
    graph: StageGraph, file: String, context: (any BuildContext)?, dockerfilePath: String? = nil,
    measured: MeasuredImages = .none, escapeToken: UInt8 = UInt8(ascii: "\\")
  ) -> SizeReport {
    var pass = SizeModelPass(
      model: self, graph: graph, context: context, dockerfilePath: dockerfilePath, measured: measured,
      escapeToken: escapeToken)
    let stages = pass.run()
    let target = graph.targetIndex.map { stages[$0] }
    return SizeReport(
      file: file, target: target?.displayName, sizeKind: sizeKind, stages: stages,
      finalImage: target.map { $0.total }, diagnostics: pass.diagnostics)
  }
}
