import Foundation

/// Finds Dockerfiles among command-line paths: files are taken as given, directories are
/// searched for `Dockerfile`, `*.Dockerfile`, `Dockerfile.*` and `*.dockerfile`.
///
/// The search skips `.git`, `node_modules` and `.build*` directories, never follows a symbolic
/// link to a directory (a link loop cannot trap it), and lists each directory's entries in byte
/// order, so the same tree always gives the same list.
enum DockerfileDiscovery {
  /// A path that is neither a file nor a directory.
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var description: String { "stagetui: error: \(path): no such file or directory — check the path" }
  }

  /// Directory names the search never enters (besides `.build*`).
  static let skippedDirectories: Set<String> = [".git", "node_modules"]

  /// The Dockerfiles named or found, in command-line order, each directory's in byte order.
  static func dockerfiles(in paths: [String]) throws(Failure) -> [String] {
    var found: [String] = []
    for path in paths {
      if path == "-" {
        found.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw Failure(path: path)
      }
      if isDirectory.boolValue {
        search(path, into: &found)
      } else {
        found.append(path)
      }
    }
    return found
  }

  /// Whether a file name names a Dockerfile (`.dockerignore` files never do).
  static func isDockerfile(_ name: String) -> Bool {
    if name.hasSuffix(".dockerignore") { return false }
    return name == "Dockerfile" || name.hasPrefix("Dockerfile.") || name.hasSuffix(".Dockerfile")
      || name.hasSuffix(".dockerfile")
  }

  /// Whether the search skips a directory of this name.
  static func isSkipped(directory name: String) -> Bool {
    skippedDirectories.contains(name) || name.hasPrefix(".build")
  }

  private static func search(_ directory: String, into found: inout [String]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      let path = prefix + name
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        if !isSkipped(directory: name) { search(path, into: &found) }
      case S_IFREG, S_IFLNK:
        if isDockerfile(name) && isRegularFile(path) { found.append(path) }
      default:
        continue
      }
    }
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }
}
