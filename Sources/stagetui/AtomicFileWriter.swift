import Foundation

/// Writes a file so that readers see either the old content or the new,
/// never a partial one: a temporary file in the same directory is written,
/// flushed, given its permissions, renamed over the target, and the
/// directory is flushed too.
struct AtomicFileWriter {
  /// Why a write was refused or failed.
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var advice: String

    var description: String { "stagetui: error: \(path): \(problem) — \(advice)" }
  }

  /// The file to write.
  var path: String
  /// Whether an existing regular file may be replaced.
  var overwrite: Bool
  /// The permission bits for a new file (an existing file keeps its own).
  var permissions: mode_t

  /// Replaces the file's content with `bytes`.
  func write(_ bytes: [UInt8]) throws(Failure) {
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    var mode = permissions
    if exists {
      switch existing.st_mode & S_IFMT {
      case S_IFLNK:
        throw Failure(
          path: path, problem: "is a symbolic link", advice: "write to the file it points to, or remove the link first")
      case S_IFDIR:
        throw Failure(path: path, problem: "is a directory", advice: "give a file name for the output")
      case S_IFREG:
        guard overwrite else {
          throw Failure(path: path, problem: "already exists", advice: "pass --force to replace it")
        }
        mode = existing.st_mode & 0o7777
      default:
        throw Failure(path: path, problem: "is not a regular file", advice: "choose another output path")
      }
    }
    let directory = (path as NSString).deletingLastPathComponent
    let directoryPath = directory.isEmpty ? "." : directory
    var template = Array("\(directoryPath)/.\((path as NSString).lastPathComponent).stagetui-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw failure("cannot create a temporary file", errno) }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var committed = false
    defer {
      if !committed { unlink(temporary) }
    }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor)
      guard fchmod(descriptor, mode) == 0 else { throw failure("cannot set permissions", errno) }
      guard fsync(descriptor) == 0 else { throw failure("cannot flush to disk", errno) }
    }
    if exists {
      guard rename(temporary, path) == 0 else { throw failure("cannot replace the file", errno) }
    } else {
      // link(2) fails if the name appeared meanwhile, so a file created by
      // someone else since the check above is never replaced silently.
      guard link(temporary, path) == 0 else {
        if errno == EEXIST {
          throw Failure(path: path, problem: "already exists", advice: "pass --force to replace it")
        }
        throw failure("cannot create the file", errno)
      }
      unlink(temporary)
    }
    committed = true
    let directoryDescriptor = open(directoryPath, O_RDONLY | O_DIRECTORY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { Foundation.write(descriptor, $0 + offset, buffer.count - offset) } ?? 0
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure("cannot write", errno)
      }
      offset += written
    }
  }

  private func failure(_ problem: String, _ code: Int32) -> Failure {
    Failure(
      path: path, problem: "\(problem): \(String(cString: strerror(code)))",
      advice: "check the directory exists and is writable")
  }
}
