import BaseImageCatalog
import DockerfileInstructions

/// Judges whether a Dockerfile still works after its bases are swapped.
///
/// Compares the file before and after the swap (the swapped text re-parsed,
/// so stages built `FROM` a swapped stage see the new root too). A stage is
/// affected when the image at the root of its `FROM` chain changed; the rules
/// run over affected stages the target builds, plus the stages that copy
/// from them. Facts come from the catalog's traits; a trait the catalog does
/// not know gives a warning that says so, never a silent `ok`.
public struct SwapCompatibility: Sendable {
  let before: StageGraph
  let after: StageGraph
  let catalog: BaseImageCatalog
  var lineages: [StageLineage] = []
  var oldFacts: [BaseFacts] = []
  var newFacts: [BaseFacts] = []

  /// Prepares the judgement of `after` (the swapped file) against `before`.
  public init(before: StageGraph, after: StageGraph, catalog: BaseImageCatalog = .bundled) {
    self.before = before
    self.after = after
    self.catalog = catalog
    for stage in after.stages {
      let lineage = StageLineage(stage: stage.index, graph: after)
      lineages.append(lineage)
      let platform = stage.effectivePlatform.description
      newFacts.append(BaseFacts(reference: lineage.rootImage, catalog: catalog, platform: platform))
      let old =
        before.stages.indices.contains(stage.index)
        ? StageLineage(stage: stage.index, graph: before).rootImage : nil
      oldFacts.append(BaseFacts(reference: old, catalog: catalog, platform: platform))
    }
  }

  /// Stages whose root image changed, among those the target builds.
  public var affectedStages: [Int] {
    after.stages.indices.filter { index in
      after.stages[index].isReachable && oldFacts[index].reference != newFacts[index].reference
    }
  }

  /// Every verdict, by stage then line; each affected stage gets at least one.
  public func verdicts() -> [SwapVerdict] {
    var verdicts: [SwapVerdict] = []
    let affected = affectedStages
    for index in affected {
      var stageVerdicts: [SwapVerdict] = []
      if newFacts[index].image == nil {
        stageVerdicts.append(
          verdict(
            index, line: after.stages[index].line, .warning,
            "cannot tell: catalog has no entry for \(newFacts[index].label) (\(newFacts[index].note ?? "unknown")); "
              + "shell, package manager, libc and users cannot be checked", .unknownImage))
      } else {
        stageVerdicts += shellVerdicts(index)
        stageVerdicts += packageManagerVerdicts(index)
        stageVerdicts += toolchainVerdicts(index)
        stageVerdicts += userVerdicts(index)
        stageVerdicts += tzdataVerdicts(index)
        if after.targetIndex == index {
          stageVerdicts += entrypointVerdicts(index)
          stageVerdicts += certificateVerdicts(index)
        }
      }
      stageVerdicts += copyPathVerdicts(from: index)
      verdicts += stageVerdicts
    }
    verdicts += linkageVerdicts(affected: Set(affected))
    for index in affected where !verdicts.contains(where: { $0.stage == index && $0.level != .ok }) {
      verdicts.append(
        verdict(
          index, line: after.stages[index].line, .ok,
          "\(oldFacts[index].label) -> \(newFacts[index].label): no rule found a problem", .summary))
    }
    return verdicts.sorted { ($0.stage, $0.line, $0.rule.rawValue) < ($1.stage, $1.line, $1.rule.rawValue) }
  }

  func verdict(
    _ stage: Int, line: Int, _ level: VerdictLevel, _ reason: String, _ rule: VerdictRule
  ) -> SwapVerdict {
    SwapVerdict(
      stage: stage, stageName: after.stages[stage].displayName, line: line, level: level, reason: reason,
      rule: rule)
  }

  /// The stage's own commands (not those of the stages it is built from).
  func ownCommands(_ stage: Int) -> [StageCommand] {
    after.stages[stage].commands
  }

  /// Whether a `RUN` of the stage's chain installs `package` with a package manager.
  func installs(_ packages: Set<String>, in stage: Int) -> Int? {
    for (_, command) in lineages[stage].commands(in: after) {
      guard case .run(let run) = command.instruction else { continue }
      for simple in RunScript(run).commandLine.commands
      where PackageManagerUse.manager(of: simple.program ?? "") != nil
        && simple.words.contains(where: packages.contains)
      {
        return run.instruction.startLine
      }
    }
    return nil
  }

  /// `COPY` sources and destinations of the stage's chain, to see what the file brings in itself.
  func copies(in stage: Int) -> [(line: Int, from: String?, sources: [String], destination: String)] {
    lineages[stage].commands(in: after).compactMap { _, command in
      switch command.instruction {
      case .copy(let copy):
        return (copy.instruction.startLine, copy.from?.value, copy.sources.map(\.name), copy.destination)
      case .add(let add):
        return (add.instruction.startLine, nil, add.sources.map(\.name), add.destination)
      default:
        return nil
      }
    }
  }

  /// Whether the file copies a path matching `test` into the stage's chain.
  func copiesPath(into stage: Int, where test: (String) -> Bool) -> Int? {
    copies(in: stage).first { copy in copy.sources.contains(where: test) || test(copy.destination) }?.line
  }
}
