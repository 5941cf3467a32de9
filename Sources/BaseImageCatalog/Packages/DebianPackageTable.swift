/// The Debian package table: sizes, relations, measured calibrations and base package sets.
public struct DebianPackageTable: Sendable {
  /// A named package set already installed in some base images.
  public struct BaseSetDefinition: Sendable, Hashable {
    /// Set name (`debian-bookworm-minbase`).
    public var name: String
    /// The set it extends, if any.
    public var parent: String?
    /// Packages installed on top of the parent (`@required` = every Priority: required package).
    public var packages: [String]
    /// Where the definition comes from.
    public var source: String
  }

  /// The measured size of `/var/lib/apt/lists` after `apt-get update`.
  public struct ListsFigure: Sendable, Hashable {
    /// Bytes.
    public var bytes: Int64
    /// Date measured.
    public var date: String
    /// How it was measured.
    public var method: String
  }

  /// The table compiled into the program (Debian 12 bookworm, amd64).
  public static let bundled = DebianPackageTable(
    packagesTSV: CatalogData.debianPackagesTSV, measuredTSV: CatalogData.debianMeasuredTSV,
    baseSetsTSV: CatalogData.debianBaseSetsTSV, listsTSV: CatalogData.aptListsTSV)

  /// Packages by name.
  public let packages: [String: DebianPackage]
  /// Virtual name to the real packages providing it, best priority first.
  public let providers: [String: [String]]
  /// The suite the table describes.
  public let suite: String
  /// When the table was taken.
  public let date: String
  /// How the table was taken.
  public let source: String
  /// Measured packages by name.
  public let measurements: [String: PackageMeasurement]
  /// Base package set definitions by name.
  public let baseSetDefinitions: [String: BaseSetDefinition]
  /// Size of the apt lists, when measured.
  public let lists: ListsFigure?
  /// Base sets, size ratios and closures worked out once.
  let memo = Memo()

  /// Parses the table's text forms (see `Scripts/catalog/apt-*.tsv`).
  public init(packagesTSV: String, measuredTSV: String = "", baseSetsTSV: String = "", listsTSV: String = "")
  {
    let table = TSVRows(packagesTSV)
    var packages: [String: DebianPackage] = [:]
    for row in table.rows {
      guard let name = row["name"].map(String.init), !name.isEmpty else { continue }
      packages[name] = DebianPackage(
        name: name, version: String(row["version"] ?? ""),
        installedKiB: Int64(row["installed_kib"] ?? "") ?? 0,
        priority: String(row["priority"] ?? ""), essential: row["essential"] == "yes",
        preDepends: DebianPackage.groups(row["pre_depends"] ?? ""),
        depends: DebianPackage.groups(row["depends"] ?? ""),
        recommends: DebianPackage.groups(row["recommends"] ?? ""),
        provides: DebianPackage.groups(row["provides"] ?? "").flatMap { $0 })
    }
    var providers: [String: [String]] = [:]
    for package in packages.values {
      for virtual in package.provides where virtual != package.name {
        providers[virtual, default: []].append(package.name)
      }
    }
    self.providers = providers.mapValues { names in
      names.sorted { left, right in
        let leftRank = packages[left]?.priorityRank ?? 5
        let rightRank = packages[right]?.priorityRank ?? 5
        return leftRank != rightRank ? leftRank < rightRank : left < right
      }
    }
    self.packages = packages
    suite = table.comment("suite") ?? "unknown suite"
    date = table.comment("date") ?? "unknown date"
    source = table.comment("source") ?? "unknown source"
    measurements = Self.measurements(TSVRows(measuredTSV))
    baseSetDefinitions = Self.baseSets(TSVRows(baseSetsTSV))
    lists = TSVRows(listsTSV).rows.first.flatMap { row in
      Int64(row["bytes"] ?? "").map {
        ListsFigure(bytes: $0, date: String(row["date"] ?? ""), method: String(row["method"] ?? ""))
      }
    }
  }

  private static func measurements(_ rows: TSVRows) -> [String: PackageMeasurement] {
    var result: [String: PackageMeasurement] = [:]
    for row in rows.rows {
      guard let name = row["name"].map(String.init), let kib = Int64(row["installed_kib"] ?? ""),
        let bytes = Int64(row["file_bytes"] ?? ""), let excluded = Int64(row["slim_excluded_bytes"] ?? "")
      else { continue }
      result[name] = PackageMeasurement(
        name: name, version: String(row["version"] ?? ""), installedKiB: kib, fileBytes: bytes,
        slimExcludedBytes: excluded)
    }
    return result
  }

  private static func baseSets(_ rows: TSVRows) -> [String: BaseSetDefinition] {
    var result: [String: BaseSetDefinition] = [:]
    for row in rows.rows {
      guard let name = row["name"].map(String.init), !name.isEmpty else { continue }
      let parent = row["parent"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
      result[name] = BaseSetDefinition(
        name: name, parent: parent, packages: (row["packages"] ?? "").split(separator: " ").map(String.init),
        source: String(row["source"] ?? ""))
    }
    return result
  }

  /// The package of that name, if the table has it.
  public func package(named name: String) -> DebianPackage? {
    packages[name]
  }

  /// The band that converts `Installed-Size` into layer bytes, learnt from the measured packages.
  public func sizeRatio(slim: Bool) -> SizeRatio {
    memo.ratio(slim: slim) {
      measurements.isEmpty ? .unmeasured : SizeRatio(measurements: Array(measurements.values), slim: slim)
    }
  }

  /// Every package installed in a named base set: its parent's packages plus the
  /// closure (without Recommends) of its own list; nil for an unknown name.
  public func baseSet(named name: String) -> Set<String>? {
    memo.baseSet(name) { workOutBaseSet(named: name) }
  }

  private func workOutBaseSet(named name: String) -> Set<String>? {
    guard let definition = baseSetDefinitions[name] else { return nil }
    var installed: Set<String> = []
    if let parent = definition.parent {
      guard let parentSet = baseSet(named: parent) else { return nil }
      installed = parentSet
    }
    let names = definition.packages.flatMap { name -> [String] in
      name == "@required" ? packages.values.filter { $0.priority == "required" }.map(\.name).sorted() : [name]
    }
    let closure = DebianPackageResolver(table: self).closure(
      of: names, installRecommends: false, alreadyInstalled: installed)
    return installed.union(closure.newPackages)
  }
}
