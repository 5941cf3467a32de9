/// Works out what `apt-get install` adds, from a `DebianPackageTable`.
///
/// The model follows apt's defaults: Pre-Depends and Depends always; Recommends
/// unless `--no-install-recommends`, transitively, skipped silently when
/// unavailable (as apt does); a dependency group is satisfied when any
/// alternative (or a package providing it) is installed or chosen, otherwise
/// its first real alternative is taken, and a virtual name goes to an
/// installed provider or else the provider with the best priority.
public struct DebianPackageResolver: Sendable {
  /// The table resolved against.
  public var table: DebianPackageTable

  /// Creates a resolver.
  public init(table: DebianPackageTable = .bundled) {
    self.table = table
  }

  /// The closure of `names` on top of `alreadyInstalled`.
  ///
  /// Names may carry apt's `=version`, `/release` or `:arch` suffixes, which are
  /// ignored; patterns (`*`, `?`, `^`) cannot be resolved from a table.
  public func closure(of names: [String], installRecommends: Bool, alreadyInstalled: Set<String>)
    -> PackageClosure
  {
    var selected: Set<String> = []
    var present: Set<String> = []
    var unresolved: Set<String> = []
    var queue: [String] = []
    var head = 0

    func isSatisfied(_ name: String) -> Bool {
      if alreadyInstalled.contains(name) || selected.contains(name) { return true }
      return (table.providers[name] ?? []).contains { alreadyInstalled.contains($0) || selected.contains($0) }
    }
    func choose(_ name: String) -> String? {
      if table.packages[name] != nil { return name }
      return table.providers[name]?.first
    }

    for written in names {
      let name = Self.bareName(written)
      if name.contains(where: { "*?^$[".contains($0) }) {
        unresolved.insert("\(written) (pattern: not resolvable from a table)")
      } else if isSatisfied(name) && !selected.contains(name) {
        present.insert(name)
      } else if let chosen = choose(name) {
        if selected.insert(chosen).inserted { queue.append(chosen) }
      } else {
        unresolved.insert("\(written) (not in the \(table.suite) table)")
      }
    }
    while head < queue.count {
      let name = queue[head]
      head += 1
      guard let package = table.packages[name] else { continue }
      let required = package.preDepends + package.depends
      let groups =
        required.map { ($0, true) } + (installRecommends ? package.recommends.map { ($0, false) } : [])
      for (group, isRequired) in groups where !group.contains(where: isSatisfied) {
        guard let chosen = group.compactMap(choose).first else {
          if isRequired {
            unresolved.insert("\(group.joined(separator: " | ")) (needed by \(name); not in the table)")
          }
          continue
        }
        if selected.insert(chosen).inserted { queue.append(chosen) }
      }
    }
    let bytes = selected.reduce(Int64(0)) { $0 + (table.packages[$1]?.installedBytes ?? 0) }
    return PackageClosure(
      newPackages: selected.sorted(), alreadyPresent: present.sorted(), unresolved: unresolved.sorted(),
      installedSizeBytes: bytes)
  }

  /// `pkg=1.2`, `pkg/bookworm-backports`, `pkg:amd64` → `pkg`.
  static func bareName(_ written: String) -> String {
    var name = Substring(written).trimmingBlanks()
    for separator in ["=", "/", ":"] {
      if let index = name.firstIndex(of: Character(separator)) { name = name[..<index] }
    }
    return String(name).lowercased()
  }
}
