import DockerfileSyntax
import Foundation
import Testing
import _StageTestSupport

/// Differential tests against BuildKit's official parser over the shared
/// corpus (skipped, with the reason recorded, when the corpus is absent).
@Suite("Agreement with BuildKit over the corpus")
struct CorpusAgreementTests {
  /// Corpus files where we knowingly differ from BuildKit, with the reason.
  /// Each must be a BuildKit quirk, never a bug of ours.
  static let knownDifferences: [String: String] = [:]

  static let corpus = SharedData.corpus()

  private func results(_ folder: String) throws -> (agreed: Int, cases: [(CorpusCase, OracleVerdict)]) {
    let corpus = try #require(Self.corpus)
    let cases = CorpusCase.cases(in: corpus, folder: folder)
    var verdicts: [(CorpusCase, OracleVerdict)] = []
    var agreed = 0
    for corpusCase in cases {
      let bytes = try [UInt8](Data(contentsOf: corpusCase.file))
      let verdict = OracleVerdict.compare(Dockerfile.parse(bytes), oracle: corpusCase.oracle)
      if verdict == .agrees { agreed += 1 }
      verdicts.append((corpusCase, verdict))
    }
    let percent = cases.isEmpty ? 0 : Double(agreed) * 100 / Double(cases.count)
    print("corpus \(folder): \(agreed)/\(cases.count) agree with BuildKit (\(String(format: "%.2f", percent))%)")
    for (corpusCase, verdict) in verdicts {
      if case .differs = verdict, let reason = Self.knownDifferences[corpusCase.description] {
        print("  known difference \(corpusCase): \(reason)")
      }
    }
    return (agreed, verdicts)
  }

  private func expectNoUnexplainedDifferences(_ verdicts: [(CorpusCase, OracleVerdict)]) {
    for (corpusCase, verdict) in verdicts {
      guard case .differs(let detail) = verdict else {
        #expect(Self.knownDifferences[corpusCase.description] == nil, "\(corpusCase) agrees now; drop it from the list")
        continue
      }
      #expect(Self.knownDifferences[corpusCase.description] != nil, "\(corpusCase): \(detail)")
    }
  }

  @Test("BuildKit's own parser cases agree 100%", .enabled(if: corpus != nil, "needs ../shared/corpus"))
  func buildkitCases() throws {
    let (agreed, verdicts) = try results("buildkit")
    #expect(!verdicts.isEmpty)
    #expect(agreed == verdicts.count)
    expectNoUnexplainedDifferences(verdicts)
  }

  @Test("Real Dockerfiles agree at least 99.5%", .enabled(if: corpus != nil, "needs ../shared/corpus"))
  func realFiles() throws {
    let (agreed, verdicts) = try results("real")
    #expect(!verdicts.isEmpty)
    #expect(Double(agreed) >= Double(verdicts.count) * 0.995)
    expectNoUnexplainedDifferences(verdicts)
  }

  @Test("Test-suite snippets agree", .enabled(if: corpus != nil, "needs ../shared/corpus"))
  func snippets() throws {
    let (_, verdicts) = try results("snippets")
    #expect(!verdicts.isEmpty)
    expectNoUnexplainedDifferences(verdicts)
  }

  @Test("UTF-16 and UTF-32 files agree", .enabled(if: corpus != nil, "needs ../shared/corpus"))
  func edgeFiles() throws {
    let (_, verdicts) = try results("edge")
    #expect(!verdicts.isEmpty)
    expectNoUnexplainedDifferences(verdicts)
  }

  @Test("Every corpus file prints back byte for byte", .enabled(if: corpus != nil, "needs ../shared/corpus"))
  func roundTrip() throws {
    let corpus = try #require(Self.corpus)
    let enumerator = try #require(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil))
    var count = 0
    for case let url as URL in enumerator where !url.path.contains("/oracle/") && !url.hasDirectoryPath {
      guard let data = try? Data(contentsOf: url) else { continue }
      let bytes = [UInt8](data)
      let dockerfile = Dockerfile.parse(bytes)
      #expect(dockerfile.printed() == bytes, "\(url.path)")
      #expect(PieceCoverage.isExact(dockerfile), "\(url.path)")
      count += 1
    }
    #expect(count > 2000)
  }
}
