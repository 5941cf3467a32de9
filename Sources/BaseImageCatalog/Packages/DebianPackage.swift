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
    let utf8 = field.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return groupsByCharacter(field) }
    // ASCII (every bundled table): split on the bytes, where blanks are only space and tab.
    var groups: [[String]] = []
    for groupBytes in utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: true) {
      var group: [String] = []
      for nameBytes in groupBytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: true) {
        let trimmed = nameBytes.drop { $0 == 0x20 || $0 == 0x09 }
        let end = trimmed.lastIndex { $0 != 0x20 && $0 != 0x09 }
        guard let end else { continue }
        group.append(String(decoding: trimmed[...end], as: UTF8.self))
      }
      if !group.isEmpty { groups.append(group) }
    }
    return groups
  }

  /// ``groups(_:)`` by characters, for fields that are not plain ASCII.
  static func groupsByCharacter(_ field: Substring) -> [[String]] {
    field.split(separator: ",").map { group in
      group.split(separator: "|").map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }
    }.filter { !$0.isEmpty }
  }
}
