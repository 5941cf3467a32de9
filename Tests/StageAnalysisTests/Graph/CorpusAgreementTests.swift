import DockerfileSyntax
import Foundation
import StageAnalysis
import Testing

@Suite("Agreement with BuildKit over the shared corpus")
struct CorpusAgreementTests {
  static let cases = OracleStages.accepted()

  /// Counts of compared and agreeing items.
  private struct Tally {
    var compared = 0
    var agreed = 0
    var disagreements: [String] = []

    mutating func check(_ equal: Bool, _ what: @autoclosure () -> String) {
      compared += 1
      if equal { agreed += 1 } else if disagreements.count < 20 { disagreements.append(what()) }
    }

    var summary: String { "\(agreed)/\(compared)" }
  }

  @Test(
    "Stages, --from sources and stage lints agree with BuildKit's oracle",
    .enabled(if: OracleStages.sharedRoot != nil, "../shared/corpus is absent"))
  func agreement() {
    #expect(Self.cases.count > 2000)
    var files = Tally()
    var stageFields = Tally()
    var copies = Tally()
    var mounts = Tally()
    var lints = Tally()
    for oracle in Self.cases {
      let graph = StageGraph(dockerfile: Dockerfile.parse(oracle.source))
      files.check(graph.stages.count == oracle.stages.count, "\(oracle.name): stage count")
      // `COPY --from=$VAR` is listed by the instruction pass but refused when BuildKit converts the file.
      let refusedLines = Set(graph.diagnostics(.copyFromVariable).map { graph.position(of: $0).line })
      for (stage, expected) in zip(graph.stages, oracle.stages) {
        stageFields.check(stage.name ?? "" == expected.name, "\(oracle.name): name \(stage.name ?? "") ≠ \(expected.name)")
        stageFields.check(stage.base.written == expected.baseName, "\(oracle.name): base \(stage.base.written)")
        stageFields.check(stage.platform?.written ?? "" == expected.platform, "\(oracle.name): platform")
        let edges = graph.edges(into: stage.index).filter { !$0.viaOnbuild }
        let copySources = edges.filter { $0.kind == .copy }.map { OracleStages.Copy(line: $0.line, from: $0.reference ?? "") }
        let mountSources = edges.filter { $0.kind == .mount }.map { OracleStages.Copy(line: $0.line, from: $0.reference ?? "") }
        for copy in expected.copies {
          let refused = refusedLines.contains(copy.line)
          copies.check(copySources.contains(copy) || refused, "\(oracle.name):\(copy.line): copy --from=\(copy.from)")
        }
        for mount in expected.mounts {
          mounts.check(mountSources.contains(mount), "\(oracle.name):\(mount.line): mount from=\(mount.from)")
        }
      }
      let stageLintCodes: Set<String> = ["FromAsCasing", "StageNameCasing"]
      let expectedLints = Set(oracle.lint.filter { line in stageLintCodes.contains { line.contains(":\($0):") } })
      let ours = Set(
        graph.diagnostics.filter { stageLintCodes.contains($0.code ?? "") }.map { diagnostic in
          "\(graph.position(of: diagnostic).line):\(diagnostic.code ?? ""): \(diagnostic.message)"
        })
      lints.check(expectedLints == ours, "\(oracle.name): lints \(ours.sorted()) ≠ \(expectedLints.sorted())")
    }
    let report = """
      corpus agreement over \(Self.cases.count) accepted files: stage counts \(files.summary), \
      stage fields (name, base, platform) \(stageFields.summary), COPY --from \(copies.summary), \
      mount from \(mounts.summary), FromAsCasing/StageNameCasing lints \(lints.summary)

      """
    FileHandle.standardError.write(Data(report.utf8))
    for tally in [files, stageFields, copies, mounts, lints] {
      #expect(tally.agreed == tally.compared, "\(tally.disagreements.joined(separator: "\n"))")
    }
  }

  @Test(
    "Analysing the whole corpus is fast", .enabled(if: OracleStages.sharedRoot != nil, "../shared/corpus is absent"))
  func performance() {
    let parsed = Self.cases.map { Dockerfile.parse($0.source) }
    let clock = ContinuousClock()
    var stages = 0
    let elapsed = clock.measure {
      for dockerfile in parsed { stages += StageGraph(dockerfile: dockerfile).stages.count }
    }
    let report = "stage graphs of \(parsed.count) files (\(stages) stages) in \(elapsed)\n"
    FileHandle.standardError.write(Data(report.utf8))
    #expect(stages > 2000)
    #expect(elapsed < .seconds(30))
  }
}
