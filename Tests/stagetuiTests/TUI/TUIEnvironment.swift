import Foundation
import Testing

/// Finds what the end-to-end tests need: the built `stagetui` binary, tmux and a POSIX shell.
///
/// The tests build nothing. The binary is `STAGETUI_BINARY` when set, else looked for next to the
/// test bundle (so a `--scratch-path` build finds its own), then in the package's `.build/debug`.
/// The suite runs whenever the binary and tmux are found; where either is missing it skips with
/// the reason, except under `CI=true`, where it runs and fails.
enum TUIEnvironment {
  static let binary: URL? = {
    if let explicit = ProcessInfo.processInfo.environment["STAGETUI_BINARY"], !explicit.isEmpty {
      return FileManager.default.isExecutableFile(atPath: explicit) ? URL(fileURLWithPath: explicit) : nil
    }
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
