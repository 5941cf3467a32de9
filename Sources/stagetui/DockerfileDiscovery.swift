import Foundation

/// Finds Dockerfiles among command-line paths: files are taken as given, directories are
/// searched for `Dockerfile`, `*.Dockerfile`, `Dockerfile.*` and `*.dockerfile`.
///
/// The search skips `.git`, `node_modules` and `.build*` directories, never follows a symbolic
/// link to a directory (a link loop cannot trap it), and lists each directory's entries in byte
/// order, so the same tree always gives the same list.
enum DockerfileDiscovery {
  /// A path that is missing, a directory that cannot be listed, or one that holds no Dockerfile.
  struct Failure: Error, CustomStringConvertible {
    /// What is wrong and what to do, without the `stagetui: error:` prefix.
    var message: String

    var description: String { "stagetui: error: \(message)" }
  }

  /// What a directory must hold, for the message when it holds nothing.
  static let namesAdvice = "pass a file or a directory holding Dockerfile, *.Dockerfile or Dockerfile.*"

  /// Directory names the search never enters (besides `.build*`).
  static let skippedDirectories: Set<String> = [".git", "node_modules"]

  /// The Dockerfiles named or found, in command-line order, each directory's in byte order.
  ///
  /// A directory named on the command line must hold at least one Dockerfile, and every
  /// directory searched must be listable: a search that silently finds nothing would print an
  /// empty result and exit 0.
  static func dockerfiles(in paths: [String]) throws(Failure) -> [String] {
    var found: [String] = []
    for path in paths {
      if path == "-" {
        found.append(path)
        continue
      }
      var status = stat()
      guard stat(path, &status) == 0 else {
        if errno == EACCES || errno == EPERM {
          throw Failure(message: "\(path): permission denied — check the permissions of the directories above it")
        }
        throw Failure(message: "\(path): no such file or directory — check the path")
      }
      if status.st_mode & S_IFMT == S_IFDIR {
        let before = found.count
        try search(path, into: &found)
        if found.count == before {
          throw Failure(message: "no Dockerfile found under \(path); \(namesAdvice)")
        }
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

  private static func search(_ directory: String, into found: inout [String]) throws(Failure) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      let denied = access(directory, R_OK | X_OK) != 0 && (errno == EACCES || errno == EPERM)
      let reason = denied ? "permission denied" : "not a readable directory"
      throw Failure(
        message: "\(directory): cannot list the directory: \(reason) — check its permissions, or pass the Dockerfiles themselves")
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      let path = prefix + name
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        if !isSkipped(directory: name) { try search(path, into: &found) }
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
