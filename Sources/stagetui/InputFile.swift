import Foundation

/// A Dockerfile named on the command line, read whole, with failures turned
/// into one-line messages that say what to do.
struct InputFile {
  /// Why a file could not be read.
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var advice: String

    var description: String { "stagetui: error: \(path): \(problem) — \(advice)" }
  }

  /// The most a Dockerfile (a file or standard input) may hold: 64 MiB, a thousand times a large
  /// real one, and far below what would exhaust memory while parsing.
  static let maximumBytes = 64 << 20

  /// The path as given (`-` for standard input).
  var path: String
  /// The file's bytes.
  var bytes: [UInt8]

  /// The name diagnostics use for the file.
  var displayName: String { path == "-" ? "<stdin>" : path }

  /// Reads `path`, or standard input for `-`, refusing more than `limit` bytes.
  static func load(_ path: String, limit: Int = maximumBytes) throws(Failure) -> InputFile {
    if path == "-" {
      return InputFile(path: path, bytes: try readAll(STDIN_FILENO, path: "<stdin>", limit: limit, sizeHint: 0))
    }
    // O_NONBLOCK: opening a FIFO with no writer must not wait; the type is
    // then checked on the open descriptor, so nothing can swap the file between.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      break
    case S_IFDIR:
      throw Failure(path: path, problem: "is a directory", advice: directoryAdvice(path))
    default:
      throw Failure(
        path: path, problem: "is not a regular file (a pipe, socket or device)",
        advice: "save the Dockerfile to a file, or pipe it in with '-'")
    }
    if Int(status.st_size) > limit {
      throw tooLarge(path, limit: limit, size: Int(status.st_size))
    }
    return InputFile(path: path, bytes: try readAll(descriptor, path: path, limit: limit, sizeHint: Int(status.st_size)))
  }

  /// Reads `descriptor` to its end, failing as soon as more than `limit` bytes arrived.
  private static func readAll(_ descriptor: Int32, path: String, limit: Int, sizeHint: Int) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(sizeHint, 0), limit))
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, errno)
      }
      if count == 0 { break }
      if bytes.count + count > limit {
        throw tooLarge(path, limit: limit, size: nil)
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// What to pass instead of a directory: a Dockerfile directly inside it, when there is one.
  private static func directoryAdvice(_ directory: String) -> String {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let candidates = names.filter(DockerfileDiscovery.isDockerfile).sorted {
      ($0 == "Dockerfile" ? 0 : 1, $0) < ($1 == "Dockerfile" ? 0 : 1, $1)
    }
    guard let first = candidates.first else {
      return "it holds no Dockerfile; pass the Dockerfile's path"
    }
    return "pass the Dockerfile inside it, e.g. \(prefix)\(first)"
  }

  private static func tooLarge(_ path: String, limit: Int, size: Int?) -> Failure {
    let limitText = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
    let sizeText = size.map { " (\($0) bytes)" } ?? ""
    return Failure(
      path: path, problem: "larger than \(limitText)\(sizeText)",
      advice: "stagetui reads Dockerfiles up to \(limitText); check that this is the Dockerfile")
  }

  private static func failure(_ path: String, _ code: Int32) -> Failure {
    switch code {
    case ENOENT:
      return Failure(path: path, problem: "no such file or directory", advice: "check the path")
    case EACCES, EPERM:
      return Failure(path: path, problem: "permission denied", advice: "check the file's permissions")
    case EISDIR:
      return Failure(path: path, problem: "is a directory", advice: "pass the Dockerfile inside it")
    case EAGAIN:
      return Failure(
        path: path, problem: "nothing to read yet (a non-blocking input)", advice: "save the Dockerfile to a file")
    default:
      return Failure(path: path, problem: String(cString: strerror(code)).lowercased(), advice: "check the file")
    }
  }
}
