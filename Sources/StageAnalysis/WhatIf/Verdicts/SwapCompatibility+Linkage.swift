import BaseImageCatalog
import DockerfileInstructions

extension SwapCompatibility {
  /// Binaries copied from a build stage onto a base with another C library, or none.
  func linkageVerdicts(affected: Set<Int>) -> [SwapVerdict] {
    var verdicts: [SwapVerdict] = []
    for edge in after.edges where edge.kind == .copy {
      guard let source = edge.source.stageIndex, after.stages[edge.target].isReachable,
        affected.contains(source) || affected.contains(edge.target),
        let linkage = ArtifactLinkage.of(lineages[source], graph: after, facts: newFacts[source])
      else { continue }
      let binaries = edge.paths.filter { path in
        !(path.hasPrefix("/etc/") || path.hasPrefix("/usr/share/") || path.hasPrefix("/usr/local/share/"))
      }
      guard !binaries.isEmpty else { continue }
      let target = newFacts[edge.target]
      let onto = target.label
      let targetLibc = target.traits?.libc ?? .unknown
      let what = binaries.joined(separator: " ")
      switch linkage {
      case .staticBinary(_, let reason):
        verdicts.append(verdict(edge.target, line: edge.line, .ok, "\(what): \(reason); fine on \(onto)", .libc))
      case .unknown(_, let reason):
        verdicts.append(verdict(edge.target, line: edge.line, .warning, "\(what): \(reason)", .libc))
      case .dynamic(let needed, _, let reason):
        switch (needed, targetLibc) {
        case (.unknown, _), (_, .unknown):
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .warning,
              "cannot tell: \(what) — \(reason); the catalog does not give both C libraries", .libc))
        case let (needed, have) where needed == have:
          verdicts.append(verdict(edge.target, line: edge.line, .ok, "\(what) needs \(needed.rawValue), which \(onto) has", .libc))
        case (let needed, .none):
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .breaks,
              "\(what): \(reason); \(onto) has no C library for its \(needed.rawValue) loader (build with CGO_ENABLED=0 or -static)",
              .libc))
        case (let needed, let have):
          verdicts.append(
            verdict(
              edge.target, line: edge.line, .breaks,
              "\(what): \(reason); \(onto) has \(have.rawValue), not \(needed.rawValue)", .libc))
        }
      }
    }
    return verdicts
  }
}
