import Foundation
import Testing
import _StageTestSupport

/// Finds the built `stagetui` executable for the end-to-end tests, which never build it.
///
/// `STAGETUI_BINARY` wins when set; otherwise the `stagetui` next to the test bundle (so a
/// `--scratch-path` build finds its own), then `.build/debug/stagetui` under the package root
/// (found from this file's path). When none exists the tests skip with the reason, except
/// under `CI=true`, where a missing binary must fail instead of passing silently.
enum StagetuiBinary {
  /// The environment variable that names the executable explicitly.
  static let overrideVariable = "STAGETUI_BINARY"

  /// The package root: the nearest directory above this file holding `Package.swift`.
  static var packageRoot: URL { PackageRoot.url }

  /// The executable, or nil when it is not there.
  static let url: URL? = {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment[overrideVariable], !explicit.isEmpty {
      return FileManager.default.isExecutableFile(atPath: explicit) ? URL(fileURLWithPath: explicit) : nil
    }
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("stagetui")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    let built = packageRoot.appendingPathComponent(".build/debug/stagetui")
    return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
  }()

  /// Whether the run is on CI, where skipping is not allowed.
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Run the tests when the binary exists, and always on CI (where its absence then fails).
  static let shouldRun = url != nil || isCI

  /// Why the tests were skipped.
  static let skipReason: Comment =
    "needs the built stagetui binary: run `swift build` first, or set STAGETUI_BINARY to its path"

  /// The executable; records a failure (on CI) or throws when it is missing.
  static func require() throws -> URL {
    try #require(url, "stagetui binary not found at .build/debug/stagetui and \(overrideVariable) unset")
  }
}
