import Foundation
import StageAnalysis

/// Where a Dockerfile's build context is by default, and the Dockerfile's path inside it.
enum BuildContextPath {
  /// The directory holding a file (`.` for a bare name or standard input).
  static func directory(of file: String) -> String {
    guard file != "-", let slash = file.lastIndex(of: "/") else { return "." }
    let directory = String(file[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  /// `file` relative to `directory` when it lies inside it, for its own `.dockerignore`.
  ///
  /// Both are made absolute against the working directory and cleaned lexically (`.` and `..`
  /// resolved, as `docker build` resolves its arguments), never by asking the file system.
  static func relativePath(of file: String, in directory: String) -> String? {
    guard file != "-" else { return nil }
    let path = ContextPath.clean(absolute(file))
    let root = ContextPath.clean(absolute(directory))
    let prefix = root == "/" ? root : root + "/"
    guard path.utf8.starts(with: prefix.utf8) else { return nil }
    return String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
  }

  /// The working directory, read once.
  private static let workingDirectory = FileManager.default.currentDirectoryPath

  /// `path` made absolute against the working directory.
  private static func absolute(_ path: String) -> String {
    path.utf8.first == UInt8(ascii: "/") ? path : workingDirectory + "/" + path
  }
}
