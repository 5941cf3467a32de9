import DockerfileSyntax
import Foundation
import Testing

@testable import DockerfileInstructions

/// Compares the typed layer with BuildKit's instruction pass on every corpus file.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared"))
struct OracleAgreementTests {
  static let cases = OracleCase.all()

  private static func commandSummary(_ typed: TypedInstruction) -> [String: String] {
    let instruction = typed.instruction
    var summary = [
      "name": instruction.keyword, "start_line": "\(instruction.startLine)", "end_line": "\(instruction.endLine)",
    ]
    switch typed {
    case .copy(let copy):
      if let from = copy.from, !from.value.isEmpty { summary["copy_from"] = from.value }
      if copy.isLinked { summary["link"] = "true" }
    case .add(let add):
      if add.isLinked { summary["link"] = "true" }
    case .run(let run):
      summary["mounts"] = mountSummary(run)
    default: break
    }
    if !instruction.heredocs.isEmpty { summary["heredocs"] = "\(instruction.heredocs.count)" }
    return summary
  }

  /// The oracle's form: every mount, or when one fails BuildKit's error followed by the
  /// mounts of its first pass (which has not interpreted `type=` yet).
  private static func mountSummary(_ run: RunInstruction) -> String? {
    if run.mounts.isEmpty { return nil }
    guard let failed = run.mounts.first(where: { if case .failure = $0.mount { true } else { false } }) else {
      return run.mounts.map(\.summary).joined(separator: "|")
    }
    let firstPass = run.mounts.map { mount in
      (try? MountParser.parse(mount.flag.value ?? "", expand: nil).get())?.summary ?? "?"
    }
    return ([failed.summary] + firstPass).joined(separator: "|")
  }

  @Test func instructionErrorsMatchBuildKit() {
    var compared = 0
    var mismatches: [String] = []
    for corpusCase in Self.cases where corpusCase.ok {
      let dockerfile = Dockerfile.parse(corpusCase.source)
      if dockerfile.hasErrors { continue }
      compared += 1
      let expected = corpusCase.instructionsError
      let actual = InstructionPass(dockerfile).buildKitError
      if expected != actual {
        mismatches.append("\(corpusCase.name): \(actual ?? "nil") — want \(expected ?? "nil")")
      }
    }
    #expect(compared > 2000)
    #expect(mismatches.isEmpty, "\(mismatches.count)/\(compared) differ:\n\(mismatches.joined(separator: "\n"))")
  }

  @Test func stagesAndCommandsMatchBuildKit() {
    var compared = 0
    var commandsCompared = 0
    var mismatches: [String] = []
    for corpusCase in Self.cases {
      guard let stages = corpusCase.stages else { continue }
      let dockerfile = Dockerfile.parse(corpusCase.source)
      let pass = InstructionPass(dockerfile)
      guard pass.buildKitError == nil, !dockerfile.hasErrors else { continue }
      compared += 1
      guard stages.count == pass.stages.count else {
        mismatches.append("\(corpusCase.name): \(pass.stages.count) stages, want \(stages.count)")
        continue
      }
      for (stage, expected) in zip(pass.stages, stages) {
        let header = [stage.from.stageName ?? "", stage.from.baseName, stage.from.platform?.value ?? ""]
        let want = [expected.name, expected.baseName, expected.platform]
        if header != want { mismatches.append("\(corpusCase.name): stage \(header), want \(want)") }
        let commands = expected.commands
        if commands.count != stage.commands.count {
          mismatches.append("\(corpusCase.name): \(stage.commands.count) commands, want \(commands.count)")
          continue
        }
        for (typed, command) in zip(stage.commands, commands) {
          commandsCompared += 1
          let actual = Self.commandSummary(typed), wanted = command
          if actual != wanted { mismatches.append("\(corpusCase.name): \(actual), want \(wanted)") }
        }
      }
    }
    #expect(compared > 2000)
    #expect(
      mismatches.isEmpty,
      "\(mismatches.count) differences over \(compared) files, \(commandsCompared) commands:\n\(mismatches.prefix(60).joined(separator: "\n"))"
    )
  }
}
