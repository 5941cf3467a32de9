import Foundation
import Testing

@testable import DockerfileInstructions

/// BuildKit's own expansion tables (`envVarTest`, `wordsTest`), read as its lex_test.go reads them.
@Suite(.enabled(if: SharedCorpus.isAvailable, "needs ../shared"))
struct BuildKitShellTablesTests {
  private static func goTrimSpace(_ text: Substring) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  @Test func envVarTestTableMatchesEveryUnixRow() throws {
    let table = try #require(SharedCorpus.text("corpus/buildkit/files/shell/envVarTest"))
    let environment = ExpansionEnvironment(assignments: ["PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="])
    let expander = ShellWordExpander()
    var checked = 0
    var mismatches: [String] = []
    for (number, rawLine) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if rawLine.hasPrefix("#") { continue }
      let line = Self.goTrimSpace(rawLine)
      if line.isEmpty { continue }
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      #expect(fields.count == 3, "line \(number + 1)")
      guard fields.count == 3 else { continue }
      let platform = Self.goTrimSpace(fields[0])
      guard platform == "A" || platform == "U" else { continue }
      let source = Self.goTrimSpace(fields[1])
      let expected = Self.goTrimSpace(fields[2])
      checked += 1
      switch expander.processWord(source, in: environment) {
      case .success(let value):
        if expected == "error" || value != expected {
          mismatches.append("line \(number + 1): \(source) -> \(value), want \(expected)")
        }
      case .failure(let error):
        if expected != "error" {
          mismatches.append("line \(number + 1): \(source) -> \(error.message), want \(expected)")
        }
      }
    }
    #expect(checked > 200)
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
  }

  @Test func wordsTestTableMatchesEveryRow() throws {
    let table = try #require(SharedCorpus.text("corpus/buildkit/files/shell/wordsTest"))
    var assignments: [String] = []
    let expander = ShellWordExpander()
    var checked = 0
    var mismatches: [String] = []
    for (number, line) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("#") || line.isEmpty { continue }
      if line.hasPrefix("ENV ") {
        assignments.append(String(line.dropFirst(3).drop { $0 == " " }))
        continue
      }
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      #expect(fields.count == 2, "line \(number + 1)")
      guard fields.count == 2 else { continue }
      let test = Self.goTrimSpace(fields[0])
      let expected = fields[1].drop { $0 == " " }.split(separator: ",", omittingEmptySubsequences: false)
        .map(String.init)
      checked += 1
      let environment = ExpansionEnvironment(assignments: assignments)
      let words: [String]
      switch expander.processWords(test, in: environment) {
      case .success(let result): words = result
      case .failure: words = ["error"]
      }
      if words != expected {
        mismatches.append("line \(number + 1): \(test) -> \(words), want \(expected)")
      }
    }
    #expect(checked >= 24)
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
  }
}
