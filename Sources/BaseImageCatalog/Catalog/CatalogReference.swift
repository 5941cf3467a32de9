import Foundation

/// An image reference from a `FROM` line, normalised to the catalog's spelling.
///
/// Named apart from DockerfileInstructions' `ImageReference`, which keeps the
/// text as written; pass its text (or repository and tag) here for lookups.
/// Docker Hub spellings collapse to the short name (`docker.io/library/golang`,
/// `index.docker.io/library/golang` and `library/golang` are all `golang`);
/// other registries keep their host (`gcr.io/distroless/static-debian12`).
/// A digest is kept but ignored by lookups, with a note saying so.
public struct CatalogReference: Sendable, Hashable, CustomStringConvertible {
  /// The text as written.
  public var original: String
  /// The repository as the catalog names it.
  public var repository: String
  /// The tag, or nil when none was written (Docker then uses `latest`).
  public var tag: String?
  /// The `algorithm:hex` digest, if one was written.
  public var digest: String?
  /// What normalisation changed, in words, for reports.
  public var notes: [String]

  /// Host names that all mean Docker Hub.
  static let dockerHubHosts: Set<String> = [
    "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com",
  ]

  /// Normalises a reference given as parts (as another module's parser split it).
  public init?(repository: String, tag: String?, digest: String? = nil) {
    self.init(parsing: repository + (tag.map { ":\($0)" } ?? "") + (digest.map { "@\($0)" } ?? ""))
  }

  /// Parses and normalises `text`; nil for empty text or text still holding `$` variables.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.contains("$"), !trimmed.contains(" ") else { return nil }
    original = trimmed
    notes = []
    var rest = Substring(trimmed)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
      notes.append("digest \(digest ?? "") ignored: figures are per tag, not per digest")
    } else {
      digest = nil
    }
    let lastSlash = rest.lastIndex(of: "/")
    if let colon = rest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
      let value = String(rest[rest.index(after: colon)...])
      tag = value.isEmpty ? nil : value
      rest = rest[..<colon]
    } else {
      tag = nil
    }
    var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard !components.contains(where: \.isEmpty) else { return nil }
    var onDockerHub = true
    if components.count > 1, let host = components.first,
      host.contains(".") || host.contains(":") || host == "localhost"
    {
      if Self.dockerHubHosts.contains(host.lowercased()) {
        components.removeFirst()
        notes.append("registry \(host) is Docker Hub")
      } else {
        onDockerHub = false
      }
    }
    if onDockerHub, components.count == 2, components[0] == "library" {
      components.removeFirst()
      notes.append("library/ is Docker Hub's namespace for official images")
    }
    let joined = components.joined(separator: "/")
    repository = joined.lowercased()
    if repository != joined {
      notes.append("repository names are lowercase: \(joined) read as \(repository)")
    }
  }

  /// The tag Docker would pull: the written tag, or `latest`.
  public var effectiveTag: String { tag ?? "latest" }

  public var description: String {
    "\(repository):\(effectiveTag)"
  }
}
