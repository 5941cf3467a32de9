import Foundation

extension PatternMatcher {
  /// `init(_:)` for a `.dockerignore` file, compiled once per distinct file and then kept:
  /// every Dockerfile sized against the same context shares the same patterns.
  static func compiled(_ file: DockerignoreFile) throws(PatternError) -> PatternMatcher {
    let key = file.patterns.map { CompiledPatterns.Line(text: $0.readAllForm, number: $0.line) }
    let result = CompiledPatterns.shared.result(for: key) {
      do throws(PatternError) {
        return .success(try PatternMatcher(file))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}

/// The memo behind `PatternMatcher.compiled(_:)`, cleared when it holds 64 files.
final class CompiledPatterns: @unchecked Sendable {
  /// One pattern line of a file, as the key sees it.
  struct Line: Hashable, Sendable {
    var text: String
    var number: Int?
  }

  static let shared = CompiledPatterns()

  private let lock = NSLock()
  private var results: [[Line]: Result<PatternMatcher, PatternError>] = [:]

  func result(
    for key: [Line], compute: () -> Result<PatternMatcher, PatternError>
  ) -> Result<PatternMatcher, PatternError> {
    lock.lock()
    let known = results[key]
    lock.unlock()
    if let known { return known }
    let value = compute()
    lock.lock()
    if results.count >= 64 { results.removeAll() }
    results[key] = value
    lock.unlock()
    return value
  }
}
