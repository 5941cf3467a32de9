/// Compares image references the way people write them (`app`, `app:latest`,
/// `docker.io/library/app:latest` name the same image).
enum ImageReferenceMatch {
  /// True when `a` and `b` name the same repository and tag.
  static func same(_ a: String, _ b: String) -> Bool {
    canonical(a) == canonical(b)
  }

  /// True when `name` is a bare tag (as `org.opencontainers.image.ref.name` often is) equal to `reference`'s tag
  /// and `reference` carries no repository of its own beyond what the tag alone says.
  static func sameTag(_ name: String, _ reference: String) -> Bool {
    guard !name.contains("/"), !name.contains(":") else { return false }
    return name == reference
  }

  /// The digest prefix when `reference` is an image ID or digest (`sha256:ab…`, `@sha256:…`, or 12+ hex digits).
  static func digest(_ reference: String) -> String? {
    if let at = reference.firstIndex(of: "@") {
      return String(reference[reference.index(after: at)...])
    }
    if reference.hasPrefix("sha256:") { return reference }
    if reference.count >= 12, reference.count <= 64, reference.allSatisfy(\.isHexDigit) {
      return "sha256:" + reference
    }
    return nil
  }

  /// `repository:tag` with the implicit `docker.io/library/` and `:latest` made explicit.
  static func canonical(_ reference: String) -> String {
    var name = reference
    var suffix = ""
    if let at = name.firstIndex(of: "@") {
      suffix = String(name[at...])
      name = String(name[..<at])
    }
    var tagStart: String.Index?
    if let colon = name.lastIndex(of: ":"), name[colon...].contains("/") == false {
      tagStart = colon
    }
    var repository = tagStart.map { String(name[..<$0]) } ?? name
    let tag = tagStart.map { String(name[name.index(after: $0)...]) } ?? (suffix.isEmpty ? "latest" : "")
    let components = repository.split(separator: "/", maxSplits: 1)
    let first = components.first.map(String.init) ?? ""
    let hasRegistry = components.count == 2 && (first.contains(".") || first.contains(":") || first == "localhost")
    if !hasRegistry {
      repository = "docker.io/" + (components.count == 1 ? "library/" : "") + repository
    }
    return repository + (tag.isEmpty ? "" : ":" + tag) + suffix
  }
}
