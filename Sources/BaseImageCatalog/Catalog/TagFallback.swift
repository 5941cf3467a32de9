/// The explicit rules that pick a nearby tag when the written one is not in the catalog.
///
/// A candidate must have the same repository, the same build kind (standard,
/// `-slim`, `-alpine`) and the same flavor words (`cli`, `fpm`, `jre`, ...).
/// Among those, each difference costs points and is written down:
///
/// | difference                                         | cost |
/// |----------------------------------------------------|------|
/// | catalog version is a shorter line (`20` for `20.11`) or longer (`1.27` for `1`) | 1 |
/// | no version written, newest line taken              | 1 |
/// | same major, different minor                        | 3 + depth |
/// | catalog tag has no version (`latest`): its resolved version is compared, plus | 1 |
/// | neither the catalog tag nor its resolved text has a version | 6 |
/// | different major version                            | 10 |
/// | Alpine release differs or is not pinned the same   | 1–2 |
/// | Debian/Ubuntu release differs                      | 4 |
/// | release pinned in the catalog tag only             | 1 |
///
/// The cheapest candidate wins; ties go to the newest version. The reasons
/// become the `.approximate` text, so a fallback is never silent.
struct TagFallback: Sendable {
  /// One scored candidate.
  struct Scored {
    var image: BaseImage
    var cost: Int
    var reasons: [String]
  }

  var requested: TagDescriptor
  var requestedTag: String

  init(tag: String) {
    requestedTag = tag
    requested = TagDescriptor(tag)
  }

  /// The best candidate among `images` (one repository, one platform), or nil when none is comparable.
  func best(among images: [BaseImage]) -> Scored? {
    let scored = images.compactMap(score)
    return scored.min { left, right in
      if left.cost != right.cost { return left.cost < right.cost }
      let leftVersion = TagDescriptor(left.image.tag).version ?? []
      let rightVersion = TagDescriptor(right.image.tag).version ?? []
      if leftVersion != rightVersion { return leftVersion.lexicographicallyPrecedes(rightVersion) == false }
      return (left.image.contentSize != nil) && (right.image.contentSize == nil)
    }
  }

  func score(_ image: BaseImage) -> Scored? {
    let candidate = TagDescriptor(image.tag)
    guard candidate.kind == requested.kind, candidate.flavors == requested.flavors else { return nil }
    var cost = 0
    var reasons: [String] = []
    let (versionCost, versionReason) = versionDifference(candidate, image)
    cost += versionCost
    reasons += versionReason.map { [$0] } ?? []
    let (alpineCost, alpineReason) = alpineDifference(candidate, image)
    cost += alpineCost
    reasons += alpineReason.map { [$0] } ?? []
    let (distroCost, distroReason) = distroDifference(candidate, image)
    cost += distroCost
    reasons += distroReason.map { [$0] } ?? []
    return Scored(image: image, cost: cost, reasons: reasons)
  }

  private func versionDifference(_ candidate: TagDescriptor, _ image: BaseImage) -> (Int, String?) {
    switch (requested.version, candidate.version) {
    case (nil, nil):
      return (0, nil)
    case (nil, let have?):
      return (1, "no version written: took the newest known line \(TagDescriptor.text(have))")
    case (let want?, nil):
      let resolved = image.resolvedTag.prefix { $0.isNumber || $0 == "." }
      guard let have = TagDescriptor.parseVersion(String(resolved)) else {
        return (6, "catalog tag \(image.tag) has no version; it resolved to \(image.resolvedTag)")
      }
      let (cost, reason) = compare(want, have, resolved: image.resolvedTag)
      let measured = "catalog tag \(image.tag) resolved to \(TagDescriptor.text(have)) when measured"
      return (cost + 1, [measured, reason].compactMap { $0 }.joined(separator: "; "))
    case (let want?, let have?):
      return compare(want, have, resolved: image.resolvedTag)
    }
  }

  private func compare(_ want: [Int], _ have: [Int], resolved: String) -> (Int, String?) {
    if want == have { return (0, nil) }
    let wanted = TagDescriptor.text(want)
    let found = TagDescriptor.text(have)
    if want.starts(with: have) {
      return (1, "version \(wanted) is on the \(found) line the catalog knows (resolved \(resolved))")
    }
    if have.starts(with: want) {
      return (1, "version line \(wanted) taken as \(found)")
    }
    let shared = zip(want, have).prefix { $0 == $1 }.count
    if shared > 0 {
      return (3 + min(want.count, have.count) - shared, "different version: \(found) instead of \(wanted)")
    }
    return (10, "different major version: \(found) instead of \(wanted)")
  }

  private func alpineDifference(_ candidate: TagDescriptor, _ image: BaseImage) -> (Int, String?) {
    guard requested.kind == .alpine else { return (0, nil) }
    let resolved = image.traits.distroRelease.map { String($0.dropFirst("alpine".count)) }
    switch (requested.alpineRelease, candidate.alpineRelease) {
    case (nil, nil):
      return (0, nil)
    case (nil, let have?):
      return (1, "catalog tag is pinned to Alpine \(have)")
    case (let want?, nil):
      if resolved == want { return (0, nil) }
      return (
        1, "Alpine \(want) requested; the catalog tag floats (Alpine \(resolved ?? "unknown") when measured)"
      )
    case (let want?, let have?):
      return want == have ? (0, nil) : (2, "Alpine \(have) instead of \(want)")
    }
  }

  private func distroDifference(_ candidate: TagDescriptor, _ image: BaseImage) -> (Int, String?) {
    let have = candidate.distroRelease ?? image.traits.distroRelease
    switch (requested.distroRelease, candidate.distroRelease) {
    case (nil, nil):
      return (0, nil)
    case (nil, let pinned?):
      return (1, "catalog tag is pinned to \(pinned)")
    case (let want?, _):
      if have == want { return (0, nil) }
      return (4, "\(have ?? "unknown release") instead of \(want)")
    }
  }
}
