import BaseImageCatalog
import DockerfileInstructions

extension SwapCompatibility {
  /// Files a base provides that `COPY --from` may read, by the trait that says whether they exist.
  static func trait(ofPath path: String) -> TraitChange.Trait? {
    if path.hasPrefix("/etc/ssl/") || path.hasPrefix("/etc/pki/") || path.contains("ca-certificates") {
      return .caCertificates
    }
    if path.hasPrefix("/usr/share/zoneinfo") || path == "/etc/localtime" { return .tzdata }
    if path == "/etc/passwd" || path == "/etc/group" || path == "/etc/shadow" { return .passwd }
    if path == "/bin/sh" || path.hasPrefix("/bin/busybox") { return .shell }
    return nil
  }

  static func presence(_ trait: TraitChange.Trait, in traits: ImageTraits) -> Presence {
    switch trait {
    case .caCertificates: return traits.caCertificates
    case .tzdata: return traits.tzdata
    case .passwd: return traits.passwd
    case .shell: return traits.shell
    default: return .unknown
    }
  }

  static let packagesProviding: [TraitChange.Trait: Set<String>] = [
    .caCertificates: ["ca-certificates", "ca-certificates-bundle"], .tzdata: ["tzdata"],
  ]

  /// CA certificates on the final image: TLS clients need a bundle.
  func certificateVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits else { return [] }
    let image = newFacts[stage].label
    let line = after.stages[stage].line
    if let copied = copiesPath(into: stage, where: { Self.trait(ofPath: $0) == .caCertificates }) {
      return traits.caCertificates == .present
        ? [] : [verdict(stage, line: copied, .ok, "CA bundle copied in at line \(copied)", .caCertificates)]
    }
    if installs(Self.packagesProviding[.caCertificates] ?? [], in: stage) != nil { return [] }
    switch traits.caCertificates {
    case .present:
      return []
    case .absent:
      return [
        verdict(
          stage, line: line, .warning,
          "\(image) has no CA certificates: TLS calls the app makes will fail (the tool cannot see whether it makes any); "
            + "copy /etc/ssl/certs/ca-certificates.crt from a build stage", .caCertificates)
      ]
    case .unknown:
      return [verdict(stage, line: line, .warning, "cannot tell: catalog has no CA certificate fact for \(image)", .caCertificates)]
    }
  }

  /// `TZ` set, or a command reading `/usr/share/zoneinfo`, on a base without tzdata.
  func tzdataVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits, traits.tzdata != .present else { return [] }
    let image = newFacts[stage].label
    if copiesPath(into: stage, where: { Self.trait(ofPath: $0) == .tzdata }) != nil
      || installs(["tzdata"], in: stage) != nil
    {
      return []
    }
    var verdicts: [SwapVerdict] = []
    for command in ownCommands(stage) {
      let line = command.instruction.instruction.startLine
      switch command.instruction {
      case .env(let env) where env.pairs.contains(where: { $0.key == "TZ" }):
        verdicts.append(
          traits.tzdata == .absent
            ? verdict(stage, line: line, .warning, "TZ is set but \(image) has no tzdata: time zones fall back to UTC", .tzdata)
            : verdict(stage, line: line, .warning, "cannot tell: catalog has no tzdata fact for \(image)", .tzdata))
      case .run(let run) where RunScript(run).text.contains("/usr/share/zoneinfo"):
        verdicts.append(
          traits.tzdata == .absent
            ? verdict(stage, line: line, .breaks, "RUN reads /usr/share/zoneinfo; \(image) has no tzdata", .tzdata)
            : verdict(stage, line: line, .warning, "cannot tell: catalog has no tzdata fact for \(image)", .tzdata))
      default:
        break
      }
    }
    return verdicts
  }

  /// `COPY --from=<swapped stage>` of a path the old base provided.
  func copyPathVerdicts(from source: Int) -> [SwapVerdict] {
    let facts = newFacts[source]
    var verdicts: [SwapVerdict] = []
    for edge in after.edges(outOf: source) where edge.kind == .copy && after.stages[edge.target].isReachable {
      for path in edge.paths where path.hasPrefix("/") && !produced(path, in: source) {
        guard let trait = Self.trait(ofPath: path) else {
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .warning,
              "cannot tell: COPY --from=\(edge.reference ?? "") \(path) reads a file of the old base \(oldFacts[source].label); "
                + "the catalog does not list \(facts.label)'s files", .copyPath))
          continue
        }
        if let packages = Self.packagesProviding[trait], installs(packages, in: source) != nil { continue }
        switch facts.traits.map({ Self.presence(trait, in: $0) }) ?? .unknown {
        case .present:
          verdicts.append(
            verdict(edge.target, line: edge.line, .ok, "\(path) exists in \(facts.label) (\(trait.rawValue))", .copyPath))
        case .absent:
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .breaks,
              "COPY --from=\(edge.reference ?? "") \(path): \(facts.label) has no \(trait.rawValue)", .copyPath))
        case .unknown:
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .warning,
              "cannot tell: catalog has no \(trait.rawValue) fact for \(facts.label), which \(path) needs", .copyPath))
        }
      }
    }
    return verdicts
  }

  /// Whether the stage's own instructions make `path` (a `WORKDIR`, a `COPY`/`ADD` destination, or a `RUN` naming it).
  func produced(_ path: String, in stage: Int) -> Bool {
    var workdir = "/"
    for (_, command) in lineages[stage].commands(in: after) {
      switch command.instruction {
      case .workdir(let typed):
        workdir = typed.path.hasPrefix("/") ? typed.path : Self.join(workdir, typed.path)
        if path.hasPrefix(workdir) && workdir != "/" { return true }
      case .copy(let copy):
        if path.hasPrefix(Self.join(workdir, copy.destination)) { return true }
      case .add(let add):
        if path.hasPrefix(Self.join(workdir, add.destination)) { return true }
      case .run(let run):
        if RunScript(run).text.contains(path) { return true }
      default:
        break
      }
    }
    return false
  }

  static func join(_ directory: String, _ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    if relative == "." || relative.isEmpty { return directory }
    return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }
}
