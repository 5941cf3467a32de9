/// An image reference split for the registry API: `host[:port]/repository[:tag][@digest]`.
public struct RegistryReference: Hashable, Sendable, CustomStringConvertible {
  /// `host[:port]` of the registry.
  public var registry: String
  /// The repository path (`e2e/app`).
  public var repository: String
  /// A tag or a digest (`latest`, `sha256:…`).
  public var reference: String

  /// Splits `text`; a reference without a registry host uses `defaultRegistry`, or is refused when there is none.
  public init(parsing text: String, defaultRegistry: String?) throws(ImageSourceFailure) {
    var name = Substring(text)
    var ref: String?
    if let at = name.firstIndex(of: "@") {
      ref = String(name[name.index(after: at)...])
      name = name[..<at]
    }
    let lastSlash = name.lastIndex(of: "/")
    if let colon = name.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
      if ref == nil { ref = String(name[name.index(after: colon)...]) }
      name = name[..<colon]
    }
    let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
    let first = parts.first ?? ""
    if parts.count == 2, first.contains(".") || first.contains(":") || first == "localhost" {
      registry = first
      repository = parts[1]
    } else if let defaultRegistry {
      registry = defaultRegistry
      repository = String(name)
    } else {
      throw ImageSourceFailure(
        reason: "\(text) names no registry host; write it as host[:port]/name:tag or give a default registry")
    }
    guard !repository.isEmpty else {
      throw ImageSourceFailure(reason: "\(text) names no repository")
    }
    reference = ref ?? "latest"
    guard !reference.isEmpty else {
      throw ImageSourceFailure(reason: "\(text) has an empty tag")
    }
  }

  /// `registry/repository:tag` or `registry/repository@digest`.
  public var description: String {
    registry + "/" + repository + (reference.contains(":") ? "@" : ":") + reference
  }

  /// True for a registry on this machine (`localhost`, `127.0.0.1`, `[::1]`), which may speak plain HTTP.
  public var isLoopback: Bool {
    RegistryReference.isLoopback(host: registry)
  }

  /// True when `host` (with or without a port) is a loopback name or address.
  static func isLoopback(host: String) -> Bool {
    var name = host
    if name.hasPrefix("[") {
      name = String(name.dropFirst().prefix { $0 != "]" })
    } else if let colon = name.lastIndex(of: ":") {
      name = String(name[..<colon])
    }
    return name == "localhost" || name == "::1" || name.hasPrefix("127.")
  }
}
