import BaseImageCatalog
import DockerfileInstructions

extension SwapCompatibility {
  /// The command the image runs: shell-form `CMD`/`ENTRYPOINT`/`HEALTHCHECK`, and the runtime it names.
  func entrypointVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits else { return [] }
    let image = newFacts[stage].label
    var verdicts: [SwapVerdict] = []
    var cmd: (form: CommandForm, line: Int)?
    var entrypoint: (form: CommandForm, line: Int)?
    for (_, command) in lineages[stage].commands(in: after) {
      let line = command.instruction.instruction.startLine
      switch command.instruction {
      case .cmd(let typed): cmd = (typed.command, line)
      case .entrypoint(let typed):
        entrypoint = (typed.command, line)
        cmd = nil
      case .healthcheck(let check):
        if case .command(let form) = check.check, form.prependsShell {
          verdicts += shellForm("HEALTHCHECK CMD", line: line, stage: stage, traits: traits)
        }
      default: break
      }
    }
    if let entrypoint, entrypoint.form.prependsShell {
      verdicts += shellForm("ENTRYPOINT", line: entrypoint.line, stage: stage, traits: traits)
    }
    if let cmd, cmd.form.prependsShell, entrypoint == nil {
      verdicts += shellForm("CMD", line: cmd.line, stage: stage, traits: traits)
    }
    guard verdicts.allSatisfy({ $0.level != .breaks }) else { return verdicts }
    let runner = entrypoint ?? cmd
    guard let runner, let program = runner.form.commandLine.first.flatMap({ $0.split(separator: " ").first })
    else { return verdicts }
    let name = program.split(separator: "/").last.map(String.init) ?? String(program)
    let what = entrypoint == nil ? "CMD" : "ENTRYPOINT"
    if entrypoint == nil, let runtime = newFacts[stage].entrypointRuntime {
      if Self.toolchainPrograms[name] == runtime {
        verdicts.append(
          verdict(
            stage, line: runner.line, .breaks,
            "\(image)'s entrypoint is already \(runtime): CMD runs \(runtime) \(runner.form.commandLine.joined(separator: " ")); "
              + "drop \(name) from CMD", .runtime))
      }
      return verdicts
    }
    if let required = Self.toolchainPrograms[name] {
      if traits.runtime?.name != required, copiesPath(into: stage, where: { $0.hasSuffix("/\(name)") }) == nil {
        verdicts.append(
          verdict(
            stage, line: runner.line, .breaks, "\(what) runs \(name); \(image) has no \(required) runtime", .runtime))
      } else if ["npm", "npx", "yarn", "pnpm"].contains(name), traits.shell == .absent {
        verdicts.append(
          verdict(stage, line: runner.line, .breaks, "\(what) runs \(name); \(image) ships node only", .runtime))
      }
      return verdicts
    }
    if let oldRuntime = oldFacts[stage].entrypointRuntime, isScriptArgument(name) {
      if traits.runtime?.name != oldRuntime {
        verdicts.append(
          verdict(
            stage, line: runner.line, .breaks,
            "\(what) [\(program)] relied on \(oldFacts[stage].label)'s \(oldRuntime) entrypoint; \(image) has no \(oldRuntime)",
            .runtime))
      } else if newFacts[stage].image?.family != "node" {
        verdicts.append(
          verdict(
            stage, line: runner.line, .warning,
            "\(what) [\(program)] relied on the \(oldRuntime) entrypoint of \(oldFacts[stage].label); "
              + "write \(oldRuntime) in front of it for \(image)", .runtime))
      }
    }
    return verdicts
  }

  private func shellForm(_ what: String, line: Int, stage: Int, traits: ImageTraits) -> [SwapVerdict] {
    switch traits.shell {
    case .absent:
      return [
        verdict(
          stage, line: line, .breaks,
          "shell-form \(what) runs /bin/sh -c; \(newFacts[stage].label) has no shell (use the exec form [\"…\"])", .shell)
      ]
    case .unknown:
      return [
        verdict(stage, line: line, .warning, "cannot tell: catalog has no /bin/sh fact for \(newFacts[stage].label)", .shell)
      ]
    case .present:
      return []
    }
  }

  private func isScriptArgument(_ name: String) -> Bool {
    [".js", ".mjs", ".cjs", ".py", ".jar", ".rb"].contains { name.hasSuffix($0) }
  }
}
