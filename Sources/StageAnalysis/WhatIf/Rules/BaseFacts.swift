import BaseImageCatalog

/// What the catalog knows about the image at the root of a stage.
public struct BaseFacts: Hashable, Sendable {
  /// The image as the stage resolves it (`golang:1.22-alpine`, `scratch`); nil when unresolved.
  public var reference: String?
  /// The catalog entry, when there is one.
  public var image: BaseImage?
  /// Why the catalog has nothing, or how loosely the entry matches; nil for an exact match.
  public var note: String?

  /// The traits, when the catalog knows the image.
  public var traits: ImageTraits? { image?.traits }

  /// The image named for people.
  public var label: String { reference ?? "an unresolved base" }

  /// Looks `reference` up in `catalog` on `platform` (`linux/amd64` spelling).
  init(reference: String?, catalog: BaseImageCatalog, platform: String) {
    self.reference = reference
    guard let reference else {
      note = "the base could not be resolved"
      return
    }
    switch catalog.lookup(reference, architecture: Architecture(normalizing: platform)) {
    case .found(let match):
      image = match.image
      note = match.quality.isExact ? nil : match.quality.reason
    case .unknown(_, let reason):
      note = reason
    }
  }

  /// Whether the image is a shell-less runtime whose entrypoint is its language runtime.
  ///
  /// Distroless language images (`nodejs20-debian12`: entrypoint `node`) and
  /// Chainguard runtime images (`cgr.dev/chainguard/node`: entrypoint `node`)
  /// run `CMD` as arguments to the runtime, per their READMEs.
  var entrypointRuntime: String? {
    guard let image, let runtime = image.traits.runtime,
      image.variant == .distroless || image.variant == .chainguard
    else { return nil }
    return runtime.name
  }
}
