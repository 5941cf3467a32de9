import DockerfileSyntax
import Testing
import _StageTestSupport

@testable import DockerfileInstructions

/// Random inputs built from the characters the parsers care about never trap.
struct RandomInputsTests {
  private static let alphabet: [String] = [
    "$", "{", "}", ":", "-", "+", "?", "#", "%", "/", "'", "\"", "\\", "`", "*", " ", "\t", "\n", "a", "B", "_",
    "0", "9", "=", ",", "@", ".", "안", "é", "\u{00A0}", "<<", "EOF", "type", "cache", "sha256", "m", "s", "h",
  ]

  private func randomText(_ generator: inout SplitMix64) -> String {
    let length = Int.random(in: 0...24, using: &generator)
    return (0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
  }

  @Test func expanderFlagsMountsReferencesAndDurationsNeverTrap() {
    var generator = SplitMix64(state: 0x5EED)
    let environment = ExpansionEnvironment(assignments: ["a=x y", "B=", "_=\\*"])
    var outcomes = 0
    for _ in 0..<3_000 {
      let text = randomText(&generator)
      for escape in ["\\", "`"] as [Unicode.Scalar] {
        var expander = ShellWordExpander(escapeToken: escape)
        expander.rawEscapes = Bool.random(using: &generator)
        if case .success = expander.expand(text, in: environment) { outcomes += 1 }
      }
      _ = MountParser.parse(text, expand: { .success($0) })
      _ = MountParser.parse(text, expand: nil)
      _ = DeviceParser.parse(text)
      _ = ImageReference.parse(text)
      _ = GoDuration.parse(text)
      _ = HeredocWord(text)
      _ = ParsedFlags([InstructionFlag(text: "--" + text, range: 0..<0)], accepting: InstructionFlagTable.run)
    }
    #expect(outcomes > 0)
  }

  @Test func typedPassNeverTrapsOnRandomDockerfiles() {
    var generator = SplitMix64(state: 0xD0C)
    let keywords = ["FROM", "COPY", "ADD", "RUN", "ARG", "ENV", "LABEL", "ONBUILD", "HEALTHCHECK", "SHELL", "EXPOSE"]
    let pieces = ["--from=", "--mount=", "--link", "--interval=", "AS", "a", "<<EOF", "[\"x\"]", "=", "CMD", "NONE"]
    var instructions = 0
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int.random(in: 1...6, using: &generator) {
        text += keywords.randomElement(using: &generator) ?? "RUN"
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
          text += " " + (pieces.randomElement(using: &generator) ?? "") + randomText(&generator)
        }
        text += "\n"
      }
      instructions += InstructionPass(Dockerfile.parse(text)).results.count
    }
    #expect(instructions > 0)
  }
}
