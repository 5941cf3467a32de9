/// Alpine installed sizes gathered from public package lists, with no dependency data.
///
/// No apk index is reachable offline, so this table holds only the packages
/// whose installed size a public repo-info list printed. An estimate sums the
/// named packages alone: it is a lower bound and says so.
public struct AlpinePackageTable: Sendable {
  /// The table compiled into the program.
  public static let bundled = AlpinePackageTable(
    packagesTSV: CatalogData.alpinePackagesTSV, baseSetsTSV: CatalogData.alpineBaseSetsTSV)

  /// Packages by name.
  public let packages: [String: AlpinePackage]
  /// Named package sets already installed in base images.
  public let baseSets: [String: Set<String>]

  /// Parses the table's text forms (`Scripts/catalog/apk-*.tsv`).
  public init(packagesTSV: String, baseSetsTSV: String = "") {
    var packages: [String: AlpinePackage] = [:]
    for row in TSVRows(packagesTSV).rows {
      guard let name = row["name"].map(String.init), let stated = row["installed"].map(String.init),
        let parsed = AlpinePackage.parseSize(stated)
      else { continue }
      let version = row["version"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
      let source = String(row["source"] ?? "")
      let size = SizeFigure(
        bytes: parsed.bytes, tolerance: parsed.tolerance, basis: .stated, statedAs: stated, date: nil,
        source: source)
      packages[name] = AlpinePackage(
        name: name, version: version, alpineRelease: String(row["alpine"] ?? ""), statedSize: stated,
        size: size)
    }
    self.packages = packages
    var sets: [String: Set<String>] = [:]
    for row in TSVRows(baseSetsTSV).rows {
      guard let name = row["name"].map(String.init) else { continue }
      sets[name] = Set((row["packages"] ?? "").split(separator: " ").map(String.init))
    }
    baseSets = sets
  }

  /// Estimates a `RUN apk add ...` layer: the named packages not already installed.
  ///
  /// Dependencies are not modelled (no index offline), so the result is a
  /// lower bound with low confidence; names the table lacks are unresolved.
  public func estimateAdd(packages names: [String], alreadyInstalled: Set<String>) -> ApkAddEstimate {
    var found: [String] = []
    var present: [String] = []
    var unresolved: [String] = []
    var bytes = ByteEstimate.zero
    for written in names {
      let name = String(written.split(separator: "=").first ?? Substring(written)).lowercased()
      if alreadyInstalled.contains(name) {
        present.append(name)
      } else if let package = packages[name] {
        found.append(name)
        bytes =
          bytes
          + ByteEstimate(
            low: package.size.range.lowerBound, expected: package.size.bytes,
            high: package.size.range.upperBound)
      } else {
        unresolved.append(name)
      }
    }
    var notes = [
      "dependencies of apk packages are not known offline: "
        + "the estimate counts the named packages only (lower bound)"
    ]
    if !unresolved.isEmpty {
      notes.append("no installed size known for: " + unresolved.joined(separator: ", "))
    }
    return ApkAddEstimate(
      packages: found, alreadyPresent: present, unresolved: unresolved, packageBytes: bytes, confidence: .low,
      notes: notes)
  }

  /// `estimateAdd` on a catalog image, using its known Alpine base set.
  public func estimateAdd(packages names: [String], on image: BaseImage) -> ApkAddEstimate {
    let installed = image.apkBaseSet.flatMap { baseSets[$0] } ?? []
    var estimate = estimateAdd(packages: names, alreadyInstalled: installed)
    if image.traits.packageManager != .apk {
      estimate.notes.append(
        "\(image.repository):\(image.tag) has package manager "
          + "\(image.traits.packageManager.rawValue), not apk"
      )
    }
    if image.apkBaseSet == nil {
      estimate.notes.append("the packages already in \(image.repository):\(image.tag) are not known")
    }
    return estimate
  }
}
