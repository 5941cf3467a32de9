extension BaseImageCatalog {
  /// Languages whose programs are usually self-contained binaries.
  static let compiledRuntimes: Set<String> = ["go", "rust"]

  /// Variants that are a bare base rather than an application image (`nginx`, `postgres`).
  static let plainBases: Set<VariantKind> = [
    .os, .busybox, .scratch, .wolfi, .distrolessStatic, .distrolessBase, .distrolessCC, .chainguardStatic,
  ]

  /// The runtime-equivalent variants of `image` for what-if swaps, on the same platform.
  ///
  /// Includes the same family's other builds on the same runtime version line
  /// (one per build kind and distribution release), distroless and Chainguard
  /// images for the same language, static bases for compiled languages and
  /// plain bases (not for application images such as `nginx`), and always
  /// `busybox` and `scratch` (one entry, the same on every platform). Each
  /// candidate lists the traits that change, so a swap can be judged.
  public func variants(of image: BaseImage) -> [SwapCandidate] {
    let pool = images.filter { $0.architecture == image.architecture && $0.id != image.id }
    let runtime = image.traits.runtime
    var picked: [(BaseImage, SwapCandidate.Relation)] = []

    let family = pool.filter { $0.family == image.family && runtimeMatches($0, runtime) }
    picked += onePerBuild(family, excluding: image).map { ($0, .sameFamily) }

    if let runtime {
      let equivalents = pool.filter {
        $0.family != image.family && ($0.variant.isDistroless || $0.variant == .chainguardDev)
          && $0.traits.runtime.map { $0.isCompatible(with: runtime) } == true
      }
      picked += onePerBuild(equivalents.filter { $0.family == "distroless" }, excluding: image).map {
        ($0, .distroless)
      }
      picked += onePerBuild(equivalents.filter { $0.family == "chainguard" }, excluding: image).map {
        ($0, .chainguard)
      }
    }

    let selfContained =
      runtime.map { Self.compiledRuntimes.contains($0.name) } ?? Self.plainBases.contains(image.variant)
    if selfContained {
      let statics = pool.filter {
        [.distrolessStatic, .distrolessBase, .distrolessCC, .chainguardStatic, .wolfi].contains($0.variant)
      }
      picked += onePerBuild(statics, excluding: image).map { ($0, .staticBase) }
      let bases = [
        newest(in: pool.filter { $0.repository == "alpine" }),
        newest(
          in: pool.filter { $0.repository == "debian" && $0.variant == .os && $0.tag.hasSuffix("-slim") }),
      ]
      picked += bases.compactMap { $0 }.filter { $0.family != image.family }.map { ($0, .minimalBase) }
    }
    if image.family != "busybox",
      let busybox = pool.first(where: { $0.repository == "busybox" && $0.tag == "latest" })
    {
      picked.append((busybox, .minimalBase))
    }
    if image.variant != .scratch, let scratch = images.first(where: { $0.variant == .scratch }) {
      picked.append((scratch, .scratch))
    }

    var seen: Set<String> = []
    return picked.filter { seen.insert($0.0.id).inserted }.map { candidate(image, $0.0, $0.1) }
  }

  private func runtimeMatches(_ other: BaseImage, _ runtime: LanguageRuntime?) -> Bool {
    guard let runtime else { return other.traits.runtime == nil }
    return other.traits.runtime.map { $0.isCompatible(with: runtime) } ?? false
  }

  /// Keeps one entry per (build kind, release, runtime version).
  ///
  /// The entry with a known size wins, then the newest tag.
  private func onePerBuild(_ images: [BaseImage], excluding current: BaseImage) -> [BaseImage] {
    let currentKey = buildKey(current)
    let groups = Dictionary(grouping: images.filter { buildKey($0) != currentKey }, by: buildKey)
    return groups.keys.sorted().compactMap { key in
      groups[key]?.sorted(by: preferred).first
    }
  }

  private func buildKey(_ image: BaseImage) -> String {
    [
      image.repository, image.variant.rawValue, image.traits.distroRelease ?? "",
      image.traits.runtime?.version ?? "",
    ]
    .joined(separator: "|")
  }

  private func preferred(_ left: BaseImage, _ right: BaseImage) -> Bool {
    if (left.contentSize != nil) != (right.contentSize != nil) { return left.contentSize != nil }
    let leftVersion = TagDescriptor(left.tag).version ?? []
    let rightVersion = TagDescriptor(right.tag).version ?? []
    if leftVersion != rightVersion { return !leftVersion.lexicographicallyPrecedes(rightVersion) }
    return left.tag < right.tag
  }

  private func newest(in images: [BaseImage]) -> BaseImage? {
    images.filter { $0.contentSize != nil }.sorted(by: preferred).first
  }

  private func candidate(_ current: BaseImage, _ image: BaseImage, _ relation: SwapCandidate.Relation)
    -> SwapCandidate
  {
    var delta: Int64?
    if let mine = current.contentSize?.bytes, let theirs = image.contentSize?.bytes {
      delta = theirs - mine
    }
    var note: String?
    if let runtime = current.traits.runtime {
      if let theirs = image.traits.runtime {
        if theirs.version == nil { note = "\(theirs.name) version tracks the newest release" }
      } else if !Self.compiledRuntimes.contains(runtime.name) {
        note = "provides no \(runtime.name) runtime: the stage must bring its own"
      }
    }
    if image.isEndOfLife {
      note = [note, "end-of-life version line"].compactMap { $0 }.joined(separator: "; ")
    }
    return SwapCandidate(
      image: image, relation: relation, contentDelta: delta,
      changes: TraitChange.between(current.traits, image.traits), note: note)
  }
}
