import Foundation

extension PatternMatcher {
  /// The matcher for an ignore file's raw bytes, nil when the file holds no pattern; parsed and
  /// compiled once per distinct content and then kept: every Dockerfile sized against the same
  /// context (or against contexts with the same ignore file) shares the same patterns.
  static func compiled(ignoreFileBytes bytes: [UInt8]) throws(PatternError) -> PatternMatcher? {
    let result = CompiledPatterns.shared.result(for: bytes) {
      let file = DockerignoreFile(bytes: bytes)
      guard !file.patterns.isEmpty else { return .success(nil) }
      do throws(PatternError) {
        return .success(try PatternMatcher(file))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}

/// The memo behind `PatternMatcher.compiled(ignoreFileBytes:)`, cleared when it holds 64 files.
///
/// Parsing and compiling are pure functions of the bytes, so a result made once answers for
/// every file with the same content.
final class CompiledPatterns: @unchecked Sendable {
  static let shared = CompiledPatterns()

  // Unchecked: `results` is only touched with `lock` held.
  private let lock = NSLock()
  private var results: [[UInt8]: Result<PatternMatcher?, PatternError>] = [:]

  func result(
    for bytes: [UInt8], compute: () -> Result<PatternMatcher?, PatternError>
  ) -> Result<PatternMatcher?, PatternError> {
    lock.lock()
    let known = results[bytes]
    lock.unlock()
    if let known { return known }
    let value = compute()
    lock.lock()
    if results.count >= 64 { results.removeAll() }
    results[bytes] = value
    lock.unlock()
    return value
  }
}
