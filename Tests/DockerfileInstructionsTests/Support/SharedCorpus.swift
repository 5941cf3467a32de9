import Foundation

/// Locates `../shared` (the read-only corpus beside the checkout), when it exists.
enum SharedCorpus {
  /// The shared directory, from `STAGETUI_SHARED` or beside the repository.
  static let root: URL? = {
    if let path = ProcessInfo.processInfo.environment["STAGETUI_SHARED"] {
      return URL(fileURLWithPath: path)
    }
    let repository = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
  }()

  /// The contents of a file under the shared directory, or nil without it.
  static func text(_ relativePath: String) -> String? {
    guard let root else { return nil }
    return try? String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Whether the shared directory is present (gates the corpus tests).
  static var isAvailable: Bool { root != nil }
}
