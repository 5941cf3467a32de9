/// The base-image facts size estimates and what-if swaps stand on.
///
/// Entries are compiled in (see `Scripts/catalog/`), so the catalog works
/// when the `stagetui` binary is copied alone. Every figure carries its
/// source and date; a figure nobody published is nil, never a guess.
public struct BaseImageCatalog: Sendable {
  /// The catalog compiled into the program.
  public static let bundled = BaseImageCatalog(images: CatalogData.images, aliases: CatalogData.tagAliases)

  /// Every entry.
  public let images: [BaseImage]
  /// Tags known to name the same image as a catalog tag.
  public let aliases: [TagAlias]
  private let byRepository: [String: [BaseImage]]
  /// Answers already given, by reference text and platform (the catalog never changes).
  private let answers = LookupMemo<LookupKey, CatalogLookup>()
  /// Answers by reference text and platform architecture as written, before normalising.
  private let writtenAnswers = LookupMemo<WrittenKey, CatalogLookup>()

  private struct LookupKey: Hashable, Sendable {
    var text: String
    var architecture: Architecture
  }

  private struct WrittenKey: Hashable, Sendable {
    var text: String
    var architecture: String
  }

  /// Creates a catalog over `images` (tests build small ones).
  public init(images: [BaseImage], aliases: [TagAlias] = []) {
    self.images = images
    self.aliases = aliases
    byRepository = Dictionary(grouping: images, by: \.repository)
  }

  /// Every repository in the catalog.
  public var repositories: [String] {
    byRepository.keys.sorted()
  }

  /// The tags a repository has on a platform, sorted.
  public func tags(of repository: String, architecture: Architecture = .amd64) -> [String] {
    (byRepository[repository] ?? []).filter { $0.architecture == architecture }.map(\.tag).sorted()
  }

  /// The entry for exactly this repository, tag and platform, with no normalisation or fallback.
  public func image(repository: String, tag: String, architecture: Architecture = .amd64) -> BaseImage? {
    byRepository[repository]?.first { $0.tag == tag && $0.architecture == architecture }
  }

  /// Every platform's entry for a repository and tag (for arm64 compressed sizes beside amd64 ones).
  public func platforms(repository: String, tag: String) -> [BaseImage] {
    (byRepository[repository] ?? []).filter { $0.tag == tag }
  }

  /// Looks up a reference as written in a `FROM` line.
  ///
  /// Order: exact tag, then a documented alias, then the explicit fallback
  /// rules of `TagFallback` (reported as `.approximate`). For another
  /// platform, the same tag on `linux/amd64` is preferred over a different tag
  /// on the requested platform, and answers with an `.approximate` quality
  /// saying so.
  public func lookup(_ text: String, architecture: Architecture = .amd64) -> CatalogLookup {
    answers.value(for: LookupKey(text: text, architecture: architecture)) {
      workOutLookup(text, architecture: architecture)
    }
  }

  /// Looks up a reference for an architecture as a platform writes it (`amd64`, `aarch64`,
  /// `linux/arm64`), read with `Architecture(normalizing:)`; see `lookup(_:architecture:)`.
  public func lookup(_ text: String, writtenArchitecture: String) -> CatalogLookup {
    writtenAnswers.value(for: WrittenKey(text: text, architecture: writtenArchitecture)) {
      lookup(text, architecture: Architecture(normalizing: writtenArchitecture))
    }
  }

  private func workOutLookup(_ text: String, architecture: Architecture) -> CatalogLookup {
    guard let reference = CatalogReference(parsing: text) else {
      return .unknown(
        reference: text, reason: "not a literal image reference (empty, spaces or unexpanded $variables)")
    }
    return lookup(reference, architecture: architecture)
  }

  /// Looks up a parsed reference; see `lookup(_:architecture:)`.
  public func lookup(_ reference: CatalogReference, architecture: Architecture = .amd64) -> CatalogLookup {
    guard let candidates = byRepository[reference.repository] else {
      return .unknown(
        reference: reference.original, reason: "repository \(reference.repository) is not in the catalog")
    }
    let stages: [(Architecture, Bool)] =
      architecture == .amd64
      ? [(architecture, false), (architecture, true)]
      : [(architecture, false), (.amd64, false), (architecture, true), (.amd64, true)]
    for (platform, allowFallback) in stages {
      guard var found = resolve(reference, on: platform, among: candidates, allowFallback: allowFallback)
      else {
        continue
      }
      if platform != architecture {
        let reason = "no \(architecture.rawValue) figures for this tag; the linux/amd64 entry stands in"
        found.quality = .approximate(
          [found.quality.reason, reason].compactMap { $0 }.joined(separator: "; "))
      }
      return .found(found)
    }
    let kind = TagDescriptor(reference.effectiveTag).kind
    return .unknown(
      reference: reference.original,
      reason:
        "no \(reference.repository) tag of the same kind (\(kind.rawValue), same flavor words) "
        + "is in the catalog"
    )
  }

  private func resolve(
    _ reference: CatalogReference, on architecture: Architecture, among candidates: [BaseImage],
    allowFallback: Bool
  ) -> CatalogMatch? {
    let tag = reference.effectiveTag
    let onPlatform = candidates.filter { $0.architecture == architecture }
    guard !onPlatform.isEmpty else { return nil }
    var notes = reference.notes
    if reference.tag == nil {
      notes.append("no tag written: Docker uses latest")
    }
    if let exact = onPlatform.first(where: { $0.tag == tag }) {
      return CatalogMatch(reference: reference, image: exact, quality: .exact, notes: notes)
    }
    if let alias = aliases.first(where: { $0.repository == reference.repository && $0.alias == tag }),
      let target = onPlatform.first(where: { $0.tag == alias.target })
    {
      let reason =
        "\(reference.repository):\(tag) is \(reference.repository):\(alias.target) (\(alias.source))"
      return CatalogMatch(reference: reference, image: target, quality: .alias(reason), notes: notes)
    }
    guard allowFallback, let best = TagFallback(tag: tag).best(among: onPlatform) else { return nil }
    let reason =
      "\(reference.repository):\(tag) is not in the catalog; nearest known "
      + "\(reference.repository):\(best.image.tag): " + best.reasons.joined(separator: "; ")
    return CatalogMatch(reference: reference, image: best.image, quality: .approximate(reason), notes: notes)
  }
}
