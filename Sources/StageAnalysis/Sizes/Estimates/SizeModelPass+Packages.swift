import BaseImageCatalog
import DockerfileInstructions

extension SizeModelPass {
  /// The catalog entry of the external image a stage's chain starts from (`root`, as written),
  /// on the stage's architecture.
  func rootCatalogImage(_ root: String?, architecture: String) -> BaseImage? {
    guard let root else { return nil }
    return model.catalog.lookup(root, writtenArchitecture: architecture).match?.image
  }

  /// The key of a package install's figure in a stage: the inputs besides the tables.
  private func packageKey(
    _ manager: PackageFigureKey.Manager, packages: [String], option: Bool, lists: AptListsState?,
    in state: StageState
  ) -> PackageFigureKey {
    PackageFigureKey(
      manager: manager, packages: packages, option: option, lists: lists,
      root: rootImage(of: state.stageIndex)?.written,
      architecture: graph.stages[state.stageIndex].effectivePlatform.architecture, kind: kind)
  }

  /// `apt-get install …` through the Debian package table, minus what the base has; `apt-get
  /// update` lists count unless the same RUN removes them.
  mutating func aptReading(
    _ command: ShellCommand, in script: ShellScript, facts: inout RunFacts, state: StageState
  ) -> CommandReading {
    let arguments = script.argumentFields(of: command)
    guard let verbIndex = arguments.firstIndex(where: { !script.isOption($0) }) else { return .unread }
    let verb = arguments[verbIndex]
    let isInstall = script.field(verb, is: "install")
    guard isInstall || script.field(verb, is: "update") else {
      for removal: StaticString in ["clean", "autoclean", "autoremove", "purge", "remove"]
      where script.field(verb, is: removal) {
        return .figure(
          zero("apt-get \(removal) removes files (deletions count 0)"), wrote: [], isPlainFileWrite: false)
      }
      return .unread
    }
    let packages = isInstall ? arguments[(verbIndex + 1)...].filter { !script.isOption($0) }.map(script.string) : []
    let lists: AptListsState
    if facts.aptListsCounted || !facts.runsApt("update") {
      lists = .notUpdated
    } else if facts.removes("/var/lib/apt/lists") {
      lists = .removedInSameRun
    } else {
      lists = .keptInLayer
    }
    if !isInstall && facts.runsApt("install") {
      return .figure(zero("apt-get update is counted with the install of the same RUN"), wrote: [], isPlainFileWrite: false)
    }
    facts.aptListsCounted = true
    let recommends = !script.hasArgument(command, "--no-install-recommends")
    let key = packageKey(.apt, packages: packages, option: recommends, lists: lists, in: state)
    let figure: ByteFigure
    if let known = model.packageFigures.figure(for: key) {
      figure = known
    } else {
      figure = model.packageFigures.keep(aptFigure(key), for: key)
    }
    return .figure(figure, wrote: [], isPlainFileWrite: false)
  }

  /// The figure of `apt-get install` of the key's packages on its root image.
  private func aptFigure(_ key: PackageFigureKey) -> ByteFigure {
    let packages = key.packages
    let lists = key.lists ?? .notUpdated
    let estimate: AptInstallEstimate
    var place: String
    if let image = rootCatalogImage(key.root, architecture: key.architecture) {
      estimate = model.debianPackages.estimateInstall(
        packages: packages, installRecommends: key.option, on: image, lists: lists)
      place = "\(image.repository):\(image.tag)"
    } else {
      estimate = model.debianPackages.estimateInstall(
        packages: packages, installRecommends: key.option, alreadyInstalled: [], slim: false, lists: lists)
      place = "a base the catalog does not know (nothing counted as already installed)"
    }
    let table = model.debianPackages.table.suite
    let total = estimate.total
    let named = packages.isEmpty ? "no packages" : packages.joined(separator: " ")
    let added = estimate.closure.newPackages.count - packages.count
    place += " (\(table) table, confidence \(estimate.confidence.rawValue))"
    let basis = "estimate: apt closure of \(named) (\(added >= 0 ? "+\(added)" : "\(added)") packages) on \(place); "
      + estimate.notes.joined(separator: "; ")
    return .estimate(low: total.low, point: total.expected, high: total.high, kind: kind, basis: basis)
  }

  /// `apk add …` through the Alpine size table (named packages only: a lower bound).
  func apkReading(_ command: ShellCommand, in script: ShellScript, state: StageState) -> CommandReading {
    let arguments = script.argumentFields(of: command)
    guard let verbIndex = arguments.firstIndex(where: { !script.isOption($0) }),
      script.field(arguments[verbIndex], is: "add")
    else { return .unread }
    let packages = arguments[(verbIndex + 1)...].filter { !script.isOption($0) }.map(script.string)
    let keepsIndex = !script.hasArgument(command, "--no-cache")
    let key = packageKey(.apk, packages: packages, option: keepsIndex, lists: nil, in: state)
    let figure: ByteFigure
    if let known = model.packageFigures.figure(for: key) {
      figure = known
    } else {
      figure = model.packageFigures.keep(apkFigure(key), for: key)
    }
    return .figure(figure, wrote: [], isPlainFileWrite: false)
  }

  /// The figure of `apk add` of the key's packages on its root image.
  private func apkFigure(_ key: PackageFigureKey) -> ByteFigure {
    let packages = key.packages
    let estimate: ApkAddEstimate
    if let image = rootCatalogImage(key.root, architecture: key.architecture) {
      estimate = model.alpinePackages.estimateAdd(packages: packages, on: image)
    } else {
      estimate = model.alpinePackages.estimateAdd(packages: packages, alreadyInstalled: [])
    }
    var notes = estimate.notes
    if key.option {
      notes.append("without --no-cache the package index stays in /var/cache/apk (not counted)")
    }
    let bytes = estimate.packageBytes
    let basis = "estimate: apk add \(packages.joined(separator: " ")): \(estimate.packages.count) sized, "
      + "\(estimate.alreadyPresent.count) already present, \(estimate.unresolved.count) unknown; "
      + notes.joined(separator: "; ")
    guard estimate.unresolved.isEmpty else {
      return .unknown(kind: kind, basis: "unknown: " + basis)
    }
    return .estimate(low: bytes.low, point: bytes.expected, high: bytes.high, kind: kind, basis: basis)
  }
}
