/// One Debian package's size and relations, from `apt-cache` records.
public struct DebianPackage: Sendable, Hashable {
  /// Package name.
  public var name: String
  /// Candidate version in the table's suite.
  public var version: String
  /// `Installed-Size` in KiB, as dpkg estimates it.
  public var installedKiB: Int64
  /// `Priority` (`required`, `important`, `standard`, `optional`, `extra`).
  public var priority: String
  /// Whether the package is `Essential: yes`.
  public var essential: Bool
  /// `Pre-Depends` groups; each group lists alternatives.
  public var preDepends: [[String]]
  /// `Depends` groups; each group lists alternatives.
  public var depends: [[String]]
  /// `Recommends` groups; each group lists alternatives.
  public var recommends: [[String]]
  /// Virtual names the package provides.
  public var provides: [String]

  /// Creates a package record.
  public init(
    name: String, version: String, installedKiB: Int64, priority: String, essential: Bool,
    preDepends: [[String]], depends: [[String]], recommends: [[String]], provides: [String]
  ) {
    self.name = name
    self.version = version
    self.installedKiB = installedKiB
    self.priority = priority
    self.essential = essential
    self.preDepends = preDepends
    self.depends = depends
    self.recommends = recommends
    self.provides = provides
  }

  /// `Installed-Size` in bytes.
  public var installedBytes: Int64 { installedKiB * 1024 }

  /// Rank used to choose among providers of a virtual name: required first.
  var priorityRank: Int {
    ["required", "important", "standard", "optional", "extra"].firstIndex(of: priority) ?? 5
  }

  /// Parses `a, b | c` into `[["a"], ["b", "c"]]`.
  static func groups(_ field: Substring) -> [[String]] {
    field.split(separator: ",").map { group in
      group.split(separator: "|").map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }
    }.filter { !$0.isEmpty }
  }
}
