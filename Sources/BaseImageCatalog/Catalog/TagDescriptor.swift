/// A tag taken apart into the pieces fallback rules compare.
///
/// `20.11-alpine3.19` has version 20.11, kind alpine, Alpine release 3.19;
/// `3.12-slim-bookworm` has version 3.12, kind slim, Debian release bookworm;
/// `8-fpm-bookworm` keeps `fpm` as a flavor that must match exactly.
struct TagDescriptor: Sendable, Hashable {
  /// How the distribution under a tag is built.
  enum Kind: String, Sendable {
    case standard
    case slim
    case alpine
  }

  static let distroReleases: Set<String> = [
    "bookworm", "bullseye", "buster", "stretch", "trixie", "forky", "noble", "jammy", "focal", "resolute",
  ]

  /// Leading dotted version, as numbers (`[20, 11]`); nil when the tag has none.
  var version: [Int]?
  /// The build kind.
  var kind: Kind = .standard
  /// Alpine release written in the tag (`3.19`).
  var alpineRelease: String?
  /// Debian/Ubuntu release written in the tag (`bookworm`).
  var distroRelease: String?
  /// Other words (`cli`, `fpm`, `jre`, `stable`, `rc`), which must match exactly.
  var flavors: Set<String> = []

  init(_ tag: String) {
    var tokens = tag.lowercased().split(separator: "-").map(String.init)
    if let first = tokens.first, let parsed = Self.parseVersion(first) {
      version = parsed
      tokens.removeFirst()
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.hasPrefix("alpine") {
        kind = .alpine
        let suffix = String(token.dropFirst("alpine".count))
        if !suffix.isEmpty {
          alpineRelease = suffix
        } else if index + 1 < tokens.count, Self.parseVersion(tokens[index + 1]) != nil {
          alpineRelease = tokens[index + 1]
          index += 1
        }
      } else if token == "slim" {
        kind = .slim
      } else if Self.distroReleases.contains(token) {
        distroRelease = token
      } else if token != "latest" {
        flavors.insert(token)
      }
      index += 1
    }
  }

  /// Parses `1.22.9` into `[1, 22, 9]`; nil unless every dot-separated part is a number.
  static func parseVersion(_ text: String) -> [Int]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { Int($0) }
    return !parts.isEmpty && numbers.count == parts.count ? numbers : nil
  }

  /// Dotted text of a version.
  static func text(_ version: [Int]) -> String {
    version.map(String.init).joined(separator: ".")
  }
}
