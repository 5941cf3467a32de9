import Foundation

/// Finds the Dockerfiles the report command was given: files as they are, directories searched
/// for `Dockerfile`, `*.Dockerfile` and `Dockerfile.*` (skipping `.git`, `node_modules`, `.build*`).
enum ReportFileFinder {
  /// A path that is neither a file nor a directory.
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var description: String { "stagetui: error: \(path): no such file or directory — check the path" }
  }

  static let skippedDirectories: Set<String> = [".git", "node_modules"]

  /// The Dockerfiles named or found, in a stable order.
  static func dockerfiles(in paths: [String]) throws(Failure) -> [String] {
    var found: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw Failure(path: path)
      }
      if isDirectory.boolValue {
        found += search(path)
      } else {
        found.append(path)
      }
    }
    return found
  }

  /// Whether a file name names a Dockerfile.
  static func isDockerfile(_ name: String) -> Bool {
    name == "Dockerfile" || name.hasSuffix(".Dockerfile") || name.hasPrefix("Dockerfile.")
  }

  private static func search(_ directory: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    var found: [String] = []
    for name in names.sorted() {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if skippedDirectories.contains(name) || name.hasPrefix(".build") { continue }
        found += search(path)
      } else if isDockerfile(name) && !name.hasSuffix(".dockerignore") {
        found.append(path)
      }
    }
    return found
  }

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
