import Foundation
import Testing

/// Static checks over the project's sources: nothing starts a process or a
/// shell (so no command can be built from a Dockerfile's strings), and the
/// only HTTP methods the image sources can send are GET and HEAD.
///
/// The allow-lists are empty today; a new use must be added here on purpose,
/// with its file, so a review sees it.
@Suite("Security: no processes, read-only HTTP")
struct SecurityTests {
  /// Calls that start a program, and argument lists that hand a string to a shell.
  /// (A bare `"/bin/sh"` is not one: the verdicts compare image paths with it.)
  static let processTokens = [
    "Process(", "Process.run", "NSTask", "posix_spawn", "system(", "popen(", "execv", "execl", "execve",
    "fork(", "vfork(", "\"sh\", \"-c\"", "\"/bin/sh\", \"-c\"", "\"bash\", \"-c\"",
  ]
  /// Files allowed to use one of `processTokens` (path relative to the package root → token).
  static let processAllowList: [String: Set<String>] = [:]

  /// Every Swift source under `Sources/`, with its lines.
  static func sources() throws -> [(path: String, lines: [Substring])] {
    let root = StagetuiBinary.packageRoot.appendingPathComponent("Sources")
    let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
    var files: [(String, [Substring])] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".swift") || relative.hasSuffix(".h") || relative.hasSuffix(".c") else { continue }
      let text = try String(contentsOfFile: root.appendingPathComponent(relative).path, encoding: .utf8)
      files.append(("Sources/" + relative, text.split(separator: "\n", omittingEmptySubsequences: false)))
    }
    return files
  }

  /// Code lines only: doc and line comments are skipped (they quote `/bin/sh -c` freely).
  private static func isComment(_ line: Substring) -> Bool {
    line.drop { $0 == " " }.hasPrefix("//")
  }

  @Test("no source starts a process or a shell outside the allow-list")
  func noProcessesOrShells() throws {
    let files = try Self.sources()
    #expect(files.count > 50, "found only \(files.count) source files; is the package root right?")
    var found: [String] = []
    for (path, lines) in files {
      for (number, line) in lines.enumerated() where !Self.isComment(line) {
        for token in Self.processTokens where line.contains(token) {
          if Self.processAllowList[path]?.contains(token) == true { continue }
          found.append("\(path):\(number + 1): \(token)")
        }
      }
    }
    #expect(found.isEmpty, "process or shell use outside the allow-list:\n\(found.joined(separator: "\n"))")
  }

  @Test("the image sources can only send GET and HEAD")
  func readOnlyHTTPMethods() throws {
    let files = try Self.sources().filter { $0.path.hasPrefix("Sources/ImageSources/") }
    #expect(!files.isEmpty)
    var found: [String] = []
    for (path, lines) in files {
      for (number, line) in lines.enumerated() where !Self.isComment(line) {
        for method in ["POST", "PUT", "DELETE", "PATCH", "CONNECT"]
        where line.contains(".\(method)") || line.contains("\"\(method)\"") || line.contains("\"\(method) ") {
          found.append("\(path):\(number + 1): \(method)")
        }
      }
    }
    #expect(found.isEmpty, "write methods in the image sources:\n\(found.joined(separator: "\n"))")
  }
}
