/// A language runtime an image provides, such as `node 20` or `python 3.12`.
public struct LanguageRuntime: Sendable, Hashable, CustomStringConvertible {
  /// The runtime's short name: `go`, `node`, `python`, `java`, `ruby`, ...
  public var name: String
  /// The version line (`20`, `1.22`, `3.12`); nil when the image tracks the newest release.
  public var version: String?

  /// Creates a runtime description.
  public init(name: String, version: String?) {
    self.name = name
    self.version = version
  }

  public var description: String {
    version.map { "\(name) \($0)" } ?? "\(name) (newest)"
  }

  /// Whether two runtimes are the same language on the same version line.
  ///
  /// Versions compare component by component up to the shorter one, so `20`
  /// matches `20.11` while `1.22` does not match `1.27`. A runtime without a
  /// version (an image that tracks the newest release) matches any version.
  public func isCompatible(with other: LanguageRuntime) -> Bool {
    guard name == other.name else { return false }
    guard let mine = version, let theirs = other.version else { return true }
    let left = mine.split(separator: ".")
    let right = theirs.split(separator: ".")
    return zip(left, right).allSatisfy { $0 == $1 }
  }
}
