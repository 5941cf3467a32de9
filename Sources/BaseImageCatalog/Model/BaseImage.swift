/// One catalog entry: an image tag on one platform, with sizes and traits.
public struct BaseImage: Sendable, Hashable, Identifiable {
  /// `repository:tag@architecture`.
  public var id: String { "\(repository):\(tag)@\(architecture.rawValue)" }
  /// The repository as people write it (`golang`, `gcr.io/distroless/static-debian12`).
  public var repository: String
  /// The tag this entry answers to.
  public var tag: String
  /// What the tag pointed at when the figures were taken (`1.22.9-alpine3.20`).
  public var resolvedTag: String
  /// The platform the figures describe.
  public var architecture: Architecture
  /// Uncompressed content bytes (`docker image inspect .Size`); nil when unknown.
  public var contentSize: SizeFigure?
  /// Compressed registry bytes (sum of manifest layer sizes); nil when unknown.
  public var compressedSize: SizeFigure?
  /// Compressed size of each layer, bottom first, when the source lists them.
  public var compressedLayerBytes: [Int64]
  /// The image family for swaps (`golang`, `node`, `distroless`, `chainguard`, ...).
  public var family: String
  /// What kind of build of the family this is.
  public var variant: VariantKind
  /// Contents that decide compatibility.
  public var traits: ImageTraits
  /// The Debian package set already installed (see `DebianPackageTable.baseSet(named:)`).
  public var aptBaseSet: String?
  /// The Alpine package set already installed (see `AlpinePackageTable`).
  public var apkBaseSet: String?
  /// Free-text notes from the sources: caveats, end-of-life status, derivations.
  public var notes: [String]
  /// Every source row or document the entry was built from.
  public var sources: [String]

  /// Creates an entry.
  public init(
    repository: String, tag: String, resolvedTag: String, architecture: Architecture,
    contentSize: SizeFigure?, compressedSize: SizeFigure?, compressedLayerBytes: [Int64],
    family: String, variant: VariantKind, traits: ImageTraits, aptBaseSet: String?,
    apkBaseSet: String?, notes: [String], sources: [String]
  ) {
    self.repository = repository
    self.tag = tag
    self.resolvedTag = resolvedTag
    self.architecture = architecture
    self.contentSize = contentSize
    self.compressedSize = compressedSize
    self.compressedLayerBytes = compressedLayerBytes
    self.family = family
    self.variant = variant
    self.traits = traits
    self.aptBaseSet = aptBaseSet
    self.apkBaseSet = apkBaseSet
    self.notes = notes
    self.sources = sources
  }

  /// Whether a note marks the image's version line as end-of-life.
  public var isEndOfLife: Bool {
    notes.contains { $0.hasPrefix("END-OF-LIFE") }
  }
}
