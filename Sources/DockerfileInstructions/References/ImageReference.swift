/// An image reference such as `golang:1.22@sha256:…`, parsed and normalised like `docker pull` does.
///
/// Follows `distribution/reference`'s `ParseNormalizedNamed`: a first path component
/// is a registry when it contains `.` or `:`, is `localhost`, or has uppercase
/// letters; otherwise the image is on Docker Hub, and a one-component path gets
/// `library/`. The byte ranges point into the text as written so an editor can
/// replace just the tag or the digest.
public struct ImageReference: Hashable, Sendable {
  /// The reference exactly as written.
  public var written: String
  /// The registry (Docker Hub when none is written).
  public var registry: Registry
  /// The repository path, normalised (`library/golang`).
  public var repository: Repository
  /// The tag, if written.
  public var tag: Tag?
  /// The digest, if written.
  public var digest: Digest?
  /// The bytes of the registry in `written`, nil when implied.
  public var registryRange: Range<Int>?
  /// The bytes of the repository path as written (`golang`, not `library/golang`).
  public var repositoryRange: Range<Int>
  /// The bytes of the tag (after `:`), if any.
  public var tagRange: Range<Int>?
  /// The bytes of the digest (after `@`), if any.
  public var digestRange: Range<Int>?

  /// Whether this is `scratch`, BuildKit's empty base image.
  public var isScratch: Bool { written == "scratch" }

  /// `docker.io/library/golang`.
  public var fullName: String { registry.rawValue + "/" + repository.rawValue }

  /// The short form Docker prints: `golang`, `user/app`, `ghcr.io/o/app`.
  public var familiarName: String {
    guard registry == .dockerHub else { return fullName }
    let path = repository.rawValue
    return path.hasPrefix("library/") && path.dropFirst(8).firstIndex(of: "/") == nil
      ? String(path.dropFirst(8)) : path
  }

  /// The tag Docker pulls: the written tag, or `latest` when neither tag nor digest is given.
  public var effectiveTag: Tag? {
    tag ?? (digest == nil ? .latest : nil)
  }

  /// The fully qualified reference (`docker.io/library/golang:1.22`).
  public var normalized: String {
    var text = fullName
    if let tag { text += ":" + tag.rawValue }
    if let digest { text += "@" + digest.rawValue }
    return text
  }

  /// Parses `text`, or says why it is not a valid reference.
  public static func parse(_ text: String) -> Result<ImageReference, ImageReferenceError> {
    var contiguous = text
    return contiguous.withUTF8 { buffer in parse(text, bytes: buffer[...]) }
  }

  /// Parses `text`, whose UTF-8 bytes are `bytes` (indexed from 0).
  private static func parse(
    _ text: String, bytes: ReferenceGrammar.Bytes
  ) -> Result<ImageReference, ImageReferenceError> {
    if bytes.count == 64 && bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) {
      return .failure(.looksLikeImageID(text))
    }
    var registryRange: Range<Int>?
    var pathStart = 0
    if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
      let first = bytes[..<slash]
      let hasDotOrColon = first.contains(UInt8(ascii: ".")) || first.contains(UInt8(ascii: ":"))
      let hasUppercase = first.contains { $0 >= 0x41 && $0 <= 0x5A }
      if hasDotOrColon || hasUppercase || first.elementsEqual("localhost".utf8) {
        registryRange = 0..<slash
        pathStart = slash + 1
      }
    }
    let remainder = bytes[pathStart...]
    let remote = remainder[..<(remainder.firstIndex(of: UInt8(ascii: ":")) ?? remainder.endIndex)]
    if remote.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
      return .failure(.uppercaseRepository(String(decoding: remote, as: UTF8.self)))
    }
    let at = remainder.firstIndex(of: UInt8(ascii: "@"))
    let namePart = remainder[..<(at ?? remainder.endIndex)]
    var pathEnd = namePart.endIndex
    var tagRange: Range<Int>?
    if let colon = namePart.lastIndex(of: UInt8(ascii: ":")) {
      pathEnd = colon
      tagRange = (colon + 1)..<namePart.endIndex
    }
    let digestRange = at.map { ($0 + 1)..<bytes.count }
    let path = bytes[pathStart..<pathEnd]
    guard let componentCount = Self.countPathComponents(path),
      registryRange.map({ ReferenceGrammar.isDomainAndPort(bytes[$0]) }) ?? true,
      tagRange.map({ ReferenceGrammar.isTag(bytes[$0]) }) ?? true,
      digestRange.map({ ReferenceGrammar.isDigest(bytes[$0]) }) ?? true
    else { return .failure(.invalidFormat) }

    var registry = registryRange.map { Registry(rawValue: String(decoding: bytes[$0], as: UTF8.self)) } ?? .dockerHub
    if registry.rawValue == "index.docker.io" { registry = .dockerHub }
    var repository = String(decoding: path, as: UTF8.self)
    if registry == .dockerHub && componentCount == 1 { repository = "library/" + repository }
    if registry.rawValue.utf8.count + 1 + repository.utf8.count > 255 { return .failure(.nameTooLong) }
    if let digestRange, let error = ReferenceGrammar.validateDigest(bytes[digestRange]) {
      return .failure(error)
    }
    return .success(
      ImageReference(
        written: text, registry: registry, repository: Repository(rawValue: repository),
        tag: tagRange.map { Tag(rawValue: String(decoding: bytes[$0], as: UTF8.self)) },
        digest: digestRange.map { Digest(rawValue: String(decoding: bytes[$0], as: UTF8.self)) },
        registryRange: registryRange, repositoryRange: pathStart..<pathEnd, tagRange: tagRange,
        digestRange: digestRange))
  }

  /// The number of `/`-separated components of a repository path, or nil when one of them
  /// (an empty one included) breaks the path-component grammar.
  private static func countPathComponents(_ path: ReferenceGrammar.Bytes) -> Int? {
    var count = 0
    var componentStart = path.startIndex
    for index in path.startIndex...path.endIndex where index == path.endIndex || path[index] == UInt8(ascii: "/") {
      guard ReferenceGrammar.isPathComponent(path[componentStart..<index]) else { return nil }
      count += 1
      componentStart = index + 1
    }
    return count
  }
}
