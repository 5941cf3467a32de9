import DockerfileSyntax
import Foundation
import StageAnalysis
import _StageTestSupport

/// Loads the repository's example Dockerfiles and runs swaps on Dockerfile text.
enum WhatIfFixtures {
  /// The package root, found from this file's path.
  static var packageRoot: URL { PackageRoot.url }

  /// The text of `Examples/<name>/Dockerfile`.
  static func example(_ name: String) throws -> String {
    let url = packageRoot.appendingPathComponent("Examples/\(name)/Dockerfile")
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Swaps `STAGE=IMAGE` pairs in `text` and judges the result.
  static func analyze(_ text: String, _ swaps: [String: String], target: String? = nil) throws -> SwapAnalysis {
    let dockerfile = Dockerfile.parse(text)
    let graph = StageGraph(dockerfile: dockerfile, configuration: BuildConfiguration(target: target))
    var set = SwapSet()
    for (stage, image) in swaps.sorted(by: { $0.key < $1.key }) {
      let index = try StageSelector(stage).resolve(in: graph)
      set.set(try BaseImageSwap(stage: index, imageText: image))
    }
    return try SwapAnalysis(dockerfile: dockerfile, configuration: BuildConfiguration(target: target), swaps: set)
  }
}

extension SwapAnalysis {
  /// The verdicts of one rule.
  func verdicts(_ rule: VerdictRule) -> [SwapVerdict] {
    verdicts.filter { $0.rule == rule }
  }

  /// The swapped file as text.
  var swappedText: String { String(decoding: swapped.printed(), as: UTF8.self) }
}
