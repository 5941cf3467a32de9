import Foundation
import Testing
import _StageTestSupport

/// Finds what the end-to-end tests need: the built `stagetui` binary, tmux and a POSIX shell.
///
/// The tests build nothing; the binary is `StagetuiBinary.url`. The suite runs whenever the
/// binary and tmux are found; where either is missing it skips with the reason, except under
/// `CI=true`, where it runs and fails.
enum TUIEnvironment {
  /// The binary, found as `StagetuiBinary` finds it.
  static var binary: URL? { StagetuiBinary.url }

  /// The package root (the directory holding `Package.swift`).
  static var packageRoot: URL { PackageRoot.url }

  /// The tmux executable, or nil when it is not installed.
  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The pane's shell: dash where installed (it leaves the terminal mode alone), else `/bin/sh`.
  static let shellPath: String =
    ["/bin/dash", "/usr/bin/dash"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    } ?? "/bin/sh"

  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Whether the tests run: both tools found, or on CI (where a missing tool is a failure).
  static let shouldRun = isCI || (binary != nil && tmuxPath != nil)

  static let skipReason: Comment = "needs the built stagetui binary (swift build) and tmux"

  /// The binary and tmux, or a failure naming what is missing.
  static func requireTools() throws {
    _ = try #require(binary, "the stagetui binary was not built (or STAGETUI_BINARY is wrong)")
    _ = try #require(tmuxPath, "tmux is not installed")
  }

  /// A fresh directory holding `files`.
  static func workspace(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stagetui-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }
}
