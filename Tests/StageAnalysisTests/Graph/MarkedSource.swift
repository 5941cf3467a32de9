import DockerfileSyntax
import StageAnalysis
import _StageTestSupport

/// A Dockerfile written with position markers (`1️⃣` … `9️⃣`, read by `MarkedText`), so a test
/// can say where a diagnostic must land.
struct MarkedSource {
  private let marked: MarkedText

  init(_ text: String) {
    marked = MarkedText(textWithMarkers: text)
  }

  /// The text without markers.
  var text: String { marked.textWithoutMarkers }

  /// The graph of the unmarked text, built on a fixed linux/amd64 machine.
  func graph(target: String? = nil, buildArguments: [String: String] = [:], platform: Platform? = nil) -> StageGraph {
    let configuration = BuildConfiguration(
      target: target, buildArguments: buildArguments, targetPlatform: platform, buildPlatform: amd64Host)
    return StageGraph(dockerfile: Dockerfile.parse(text), configuration: configuration)
  }

  /// The line and column of a marker.
  func position(_ marker: String) -> SourcePosition? {
    marked.markers[marker].map { SourceText(text).position(of: $0) }
  }
}

extension StageGraph {
  /// Diagnostics with a given code.
  func diagnostics(_ code: StageGraphDiagnosticCode) -> [Diagnostic] {
    diagnostics.filter { $0.code == code.rawValue }
  }

  /// The line and column where a diagnostic starts.
  func position(of diagnostic: Diagnostic) -> SourcePosition {
    source.position(of: diagnostic.range.lowerBound)
  }
}

/// A fixed build platform so tests do not depend on the machine.
let amd64Host = Platform(os: "linux", architecture: "amd64")
