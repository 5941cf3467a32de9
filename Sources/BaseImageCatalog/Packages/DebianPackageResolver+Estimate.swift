import Foundation

extension DebianPackageResolver {
  /// Estimates a `RUN apt-get install` layer on top of a known set of installed packages.
  ///
  /// Measured packages of the same version count their measured bytes; the
  /// rest convert `Installed-Size` with the table's measured `SizeRatio`
  /// (slim images drop docs, man pages and locales, so they use the slim band).
  public func estimateInstall(
    packages names: [String], installRecommends: Bool, alreadyInstalled: Set<String>, slim: Bool,
    lists: AptListsState
  ) -> AptInstallEstimate {
    estimateInstall(
      packages: names, installRecommends: installRecommends, alreadyInstalled: alreadyInstalled,
      baseSetName: alreadyInstalled.isEmpty ? "" : nil,
      slim: slim, lists: lists)
  }

  /// The estimate on `alreadyInstalled`; when that is the named base set, the closure and the
  /// estimate are worked out once per package list (and slim band and lists state) and kept.
  func estimateInstall(
    packages names: [String], installRecommends: Bool, alreadyInstalled: Set<String>, baseSetName: String?,
    slim: Bool, lists: AptListsState
  ) -> AptInstallEstimate {
    guard let baseSetName else {
      let closure = self.closure(of: names, installRecommends: installRecommends, alreadyInstalled: alreadyInstalled)
      return estimate(of: closure, installRecommends: installRecommends, slim: slim, lists: lists)
    }
    let closureKey = DebianPackageTable.Memo.ClosureKey(
      names: names, installRecommends: installRecommends, baseSet: baseSetName)
    let key = DebianPackageTable.Memo.EstimateKey(closure: closureKey, slim: slim, lists: lists)
    return table.memo.estimate(key) {
      let closure = table.memo.closure(closureKey) {
        self.closure(of: names, installRecommends: installRecommends, alreadyInstalled: alreadyInstalled)
      }
      return estimate(of: closure, installRecommends: installRecommends, slim: slim, lists: lists)
    }
  }

  /// Sizes a worked-out closure and says what the figure rests on.
  private func estimate(
    of closure: PackageClosure, installRecommends: Bool, slim: Bool, lists: AptListsState
  ) -> AptInstallEstimate {
    let ratio = table.sizeRatio(slim: slim)
    var bytes = ByteEstimate.zero
    var measured = 0
    for name in closure.newPackages {
      guard let package = table.packages[name] else { continue }
      if let measurement = table.measurements[name], measurement.version == package.version {
        bytes = bytes + .exactly(measurement.layerBytes(slim: slim))
        measured += 1
      } else {
        bytes = bytes + ratio.apply(to: package.installedBytes)
      }
    }
    var notes = [
      "\(closure.newPackages.count) packages, Installed-Size \(closure.installedSizeBytes) bytes "
        + "(\(table.suite), \(table.date)); \(measured) counted from measured .deb contents, "
        + "the rest scaled by "
        + String(format: "%.3f (%.3f-%.3f)", ratio.expected, ratio.low, ratio.high)
        + (slim ? " for a slim image (docs, man pages, locales excluded)" : ""),
      "not counted: dpkg's own records (/var/lib/dpkg), debconf cache and apt/dpkg logs the install writes",
      installRecommends
        ? "Recommends installed (apt's default); --no-install-recommends would leave them out"
        : "--no-install-recommends: Recommends left out",
    ]
    var confidence: EstimateConfidence = closure.unresolved.isEmpty ? .high : .medium
    if !closure.unresolved.isEmpty {
      notes.append("unresolved: " + closure.unresolved.joined(separator: ", "))
    }
    return AptInstallEstimate(
      closure: closure, packageBytes: bytes,
      listsBytes: listsBytes(lists, notes: &notes, confidence: &confidence),
      confidence: confidence, notes: notes)
  }

  /// Estimates a `RUN apt-get install` layer on a catalog image, using the image's
  /// known package set and saying how well the table fits the image.
  public func estimateInstall(
    packages names: [String], installRecommends: Bool, on image: BaseImage, lists: AptListsState
  ) -> AptInstallEstimate {
    var reasons: [(EstimateConfidence, String)] = []
    if image.traits.packageManager != .apt {
      reasons.append(
        (
          .low,
          "\(image.repository):\(image.tag) has package manager "
            + "\(image.traits.packageManager.rawValue), not apt"
        ))
    }
    if image.traits.osFamily != "debian" || image.traits.distroRelease != "bookworm" {
      let release = [image.traits.osFamily, image.traits.distroRelease].compactMap { $0 }.joined(
        separator: " ")
      reasons.append(
        (.low, "the table is \(table.suite); the image is \(release): sizes and dependencies differ"))
    }
    var installed: Set<String> = []
    var installedSetName: String?
    if let setName = image.aptBaseSet, let set = table.baseSet(named: setName) {
      installed = set
      installedSetName = setName
      let exact = image.repository == "debian" || setName.hasPrefix("buildpack-deps")
      if !exact {
        reasons.append(
          (
            .medium,
            "base package set \(setName) is a lower bound for \(image.repository): "
              + "packages the image adds on top are not known, so some may be counted twice"
          ))
      }
    } else {
      reasons.append(
        (
          .low,
          "the packages already in \(image.repository):\(image.tag) are not known: "
            + "everything in the closure is counted"
        ))
    }
    let slim = Self.namesSlim(image.tag) || Self.namesSlim(image.resolvedTag)
    var estimate = estimateInstall(
      packages: names, installRecommends: installRecommends, alreadyInstalled: installed,
      baseSetName: installedSetName ?? "", slim: slim, lists: lists)
    for (level, reason) in reasons {
      estimate.confidence = min(estimate.confidence, level)
      estimate.notes.append(reason)
    }
    return estimate
  }

  /// Whether a tag contains `slim` (`bookworm-slim`, `3.12-slim`), compared byte for byte.
  private static func namesSlim(_ tag: String) -> Bool {
    let pattern: [UInt8] = Array("slim".utf8)
    var tag = tag
    return tag.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      return (0...(bytes.count - pattern.count)).contains { start in
        bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
      }
    }
  }

  private func listsBytes(
    _ state: AptListsState, notes: inout [String], confidence: inout EstimateConfidence
  ) -> ByteEstimate {
    switch state {
    case .notUpdated:
      return .zero
    case .removedInSameRun:
      notes.append("apt lists removed in the same RUN: no list bytes in the layer")
      return .zero
    case .keptInLayer:
      guard let lists = table.lists else {
        confidence = min(confidence, .medium)
        notes.append("apt lists stay in the layer; their size was not measured")
        return .zero
      }
      notes.append(
        "apt lists stay in the layer: \(lists.bytes) bytes measured \(lists.date) (\(lists.method)); "
          + "`rm -rf /var/lib/apt/lists/*` in the same RUN removes them")
      return .exactly(lists.bytes)
    }
  }
}
