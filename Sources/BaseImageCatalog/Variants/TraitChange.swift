/// One trait that differs between an image and a swap candidate.
public struct TraitChange: Sendable, Hashable, CustomStringConvertible {
  /// The traits a swap can change.
  public enum Trait: String, Sendable, Hashable, CaseIterable {
    case shell
    case libc
    case packageManager = "package manager"
    case caCertificates = "CA certificates"
    case tzdata
    case passwd = "/etc/passwd"
    case defaultUser = "default user"
    case runtime
  }

  /// Which trait.
  public var trait: Trait
  /// Its value on the current image.
  public var from: String
  /// Its value on the candidate.
  public var to: String

  /// Creates a change.
  public init(trait: Trait, from: String, to: String) {
    self.trait = trait
    self.from = from
    self.to = to
  }

  public var description: String {
    "\(trait.rawValue): \(from) -> \(to)"
  }

  /// The changes between two trait sets, in `Trait` order; unknown on both sides is no change.
  static func between(_ current: ImageTraits, _ candidate: ImageTraits) -> [TraitChange] {
    let pairs: [(Trait, String, String)] = [
      (.shell, current.shell.rawValue, candidate.shell.rawValue),
      (.libc, current.libc.rawValue, candidate.libc.rawValue),
      (.packageManager, current.packageManager.rawValue, candidate.packageManager.rawValue),
      (.caCertificates, current.caCertificates.rawValue, candidate.caCertificates.rawValue),
      (.tzdata, current.tzdata.rawValue, candidate.tzdata.rawValue),
      (.passwd, current.passwd.rawValue, candidate.passwd.rawValue),
      (.defaultUser, current.defaultUser ?? "unknown", candidate.defaultUser ?? "unknown"),
      (.runtime, current.runtime?.description ?? "none", candidate.runtime?.description ?? "none"),
    ]
    return pairs.filter { $0.1 != $0.2 }.map { TraitChange(trait: $0.0, from: $0.1, to: $0.2) }
  }
}
