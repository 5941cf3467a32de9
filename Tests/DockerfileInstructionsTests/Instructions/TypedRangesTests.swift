import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

/// The byte ranges typed views expose lie inside their instruction and hold what they describe.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared"))
struct TypedRangesTests {
  @Test func rangesOfTypedValuesPointAtTheirText() {
    var checked = 0
    var problems: [String] = []
    for corpusCase in OracleAgreementTests.cases {
      let dockerfile = Dockerfile.parse(corpusCase.source)
      let bytes = dockerfile.source.bytes
      func check(_ range: Range<Int>?, _ expected: String, in instruction: Instruction) {
        guard let range else { return }
        checked += 1
        guard instruction.range.contains(range.lowerBound), range.upperBound <= instruction.range.upperBound else {
          problems.append("\(corpusCase.name):\(instruction.startLine) \(range) outside \(instruction.range)")
          return
        }
        let text = String(decoding: bytes[range], as: UTF8.self)
        if text != expected { problems.append("\(corpusCase.name):\(instruction.startLine) \(text) != \(expected)") }
      }
      for result in InstructionPass(dockerfile).results {
        let instruction = result.typed.instruction
        for flag in instruction.flags where flag.text.utf8.count == flag.range.count {
          check(flag.range, flag.text, in: instruction)
        }
        switch result.typed {
        case .from(let from):
          check(from.baseNameRange, from.baseName, in: instruction)
          if let image = try? from.image?.get(), let base = from.baseNameRange, base.count == image.written.utf8.count {
            let tag = image.tagRange.map { ($0.lowerBound + base.lowerBound)..<($0.upperBound + base.lowerBound) }
            check(tag, image.tag?.rawValue ?? "", in: instruction)
          }
        case .copy(let copy):
          check(copy.destinationRange, copy.destination, in: instruction)
        case .env(let env):
          for pair in env.pairs { check(pair.keyRange, pair.key, in: instruction) }
        default:
          break
        }
      }
    }
    #expect(checked > 5_000)
    #expect(problems.isEmpty, "\(problems.count) of \(checked):\n\(problems.prefix(30).joined(separator: "\n"))")
  }
}
