import Foundation

/// Where a Dockerfile's build context is by default, and the Dockerfile's path inside it.
enum BuildContextPath {
  /// The directory holding a file (`.` for a bare name or standard input).
  static func directory(of file: String) -> String {
    guard file != "-", let slash = file.lastIndex(of: "/") else { return "." }
    let directory = String(file[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  /// `file` relative to `directory` when it lies inside it, for its own `.dockerignore`.
  static func relativePath(of file: String, in directory: String) -> String? {
    guard file != "-" else { return nil }
    let fileURL = URL(fileURLWithPath: file).standardizedFileURL.path
    let root = URL(fileURLWithPath: directory).standardizedFileURL.path
    let prefix = root.hasSuffix("/") ? root : root + "/"
    guard fileURL.hasPrefix(prefix) else { return nil }
    return String(fileURL.dropFirst(prefix.count))
  }
}
