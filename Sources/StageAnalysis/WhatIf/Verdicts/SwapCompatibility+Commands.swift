import BaseImageCatalog
import DockerfileInstructions

extension SwapCompatibility {
  /// Programs that need a language runtime, by runtime name.
  static let toolchainPrograms: [String: String] = [
    "node": "node", "npm": "node", "npx": "node", "yarn": "node", "pnpm": "node", "go": "go",
    "cargo": "rust", "rustc": "rust", "python": "python", "python3": "python", "pip": "python",
    "pip3": "python", "java": "java", "mvn": "java", "gradle": "java", "ruby": "ruby", "bundle": "ruby",
    "gem": "ruby", "php": "php", "composer": "php",
  ]

  /// Shell-form commands, `SHELL` and `RUN` on an image without `/bin/sh`.
  func shellVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits else { return [] }
    let image = newFacts[stage].label
    var verdicts: [SwapVerdict] = []
    var customShell: [String]?
    for command in ownCommands(stage) {
      let line = command.instruction.instruction.startLine
      switch command.instruction {
      case .shell(let shell):
        customShell = shell.shell
        if traits.shell != .present, let program = shell.shell.first {
          verdicts.append(
            verdict(stage, line: line, .warning, "SHELL \(program): cannot tell whether \(image) has it", .shell))
        }
      case .run(let run):
        switch (run.command, traits.shell) {
        case (.shell, .absent) where customShell == nil:
          verdicts.append(verdict(stage, line: line, .breaks, "shell-form RUN needs /bin/sh; \(image) has no shell", .shell))
        case (.exec(let vector), .absent):
          let program = vector.first ?? ""
          let name = program.split(separator: "/").last.map(String.init) ?? program
          let provided = Self.toolchainPrograms[name].map { $0 == traits.runtime?.name } ?? false
          if !provided {
            verdicts.append(
              verdict(
                stage, line: line, .breaks,
                "RUN \(program) on \(image): no shell and nothing to run it with unless the file copies it in", .shell))
          }
        case (.shell, .unknown):
          verdicts.append(
            verdict(stage, line: line, .warning, "cannot tell: catalog has no /bin/sh fact for \(image)", .shell))
        case (.shell, .present) where customShell?.first.map(isBash) == true && lacksBash(traits):
          verdicts.append(
            verdict(stage, line: line, .breaks, "RUN uses SHELL bash; \(image) (\(traits.osFamily)) has no bash", .shell))
        default:
          break
        }
      default:
        break
      }
    }
    return verdicts
  }

  private func isBash(_ program: String) -> Bool {
    program.hasSuffix("/bash") || program == "bash"
  }

  private func lacksBash(_ traits: ImageTraits) -> Bool {
    ["alpine", "busybox", "wolfi"].contains(traits.osFamily)
  }

  /// Package-manager commands the new base cannot run.
  func packageManagerVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits else { return [] }
    let image = newFacts[stage].label
    var verdicts: [SwapVerdict] = []
    for command in ownCommands(stage) {
      guard case .run(let run) = command.instruction else { continue }
      let line = run.instruction.startLine
      var seen: Set<String> = []
      for program in RunScript(run).commandLine.programs {
        guard let required = PackageManagerUse.manager(of: program), seen.insert(program).inserted else { continue }
        switch traits.packageManager {
        case .unknown:
          verdicts.append(
            verdict(stage, line: line, .warning, "cannot tell: catalog has no package manager for \(image)", .packageManager))
        case .none:
          verdicts.append(
            verdict(stage, line: line, .breaks, "\(program) needs \(required.rawValue); \(image) has no package manager", .packageManager))
        case let available where !PackageManagerUse.serves(required, with: available):
          verdicts.append(
            verdict(
              stage, line: line, .breaks,
              "\(program) needs \(required.rawValue); \(image) (\(traits.osFamily)) uses \(available.rawValue)",
              .packageManager))
        default:
          break
        }
      }
    }
    return verdicts
  }

  /// `RUN npm …`, `RUN go build …` and the like on a base without that language.
  func toolchainVerdicts(_ stage: Int) -> [SwapVerdict] {
    guard let traits = newFacts[stage].traits else { return [] }
    let image = newFacts[stage].label
    var verdicts: [SwapVerdict] = []
    for command in ownCommands(stage) {
      guard case .run(let run) = command.instruction else { continue }
      let line = run.instruction.startLine
      for program in RunScript(run).commandLine.programs {
        guard let runtime = Self.toolchainPrograms[program] else { continue }
        let hadIt = oldFacts[stage].traits?.runtime?.name == runtime
        guard hadIt, traits.runtime?.name != runtime else { continue }
        if installs([runtime, "nodejs", "npm", "python3", "golang", "go", "openjdk"], in: stage) != nil { continue }
        let reason =
          traits.runtime.map { "\(program) needs \(runtime); \(image) provides \($0.name) instead" }
          ?? "\(program) needs \(runtime); \(image) has no \(runtime) and the stage does not install it"
        verdicts.append(verdict(stage, line: line, .breaks, reason, .runtime))
        break
      }
    }
    return verdicts
  }
}
