import Foundation
import Testing
import _StageTestSupport

/// Finds the built `stagetui` executable for the end-to-end tests, which never build it.
///
/// `STAGETUI_BINARY` wins when set; otherwise `.build/debug/stagetui` under the package root
/// (found from this file's path). When neither exists the tests skip with the reason, except
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
