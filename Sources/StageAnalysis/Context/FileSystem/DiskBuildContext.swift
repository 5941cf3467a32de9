#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A build context on the real file system, rooted at a directory.
///
/// Every call uses `lstat`, and every element above the requested path must
/// be a real directory, so no symbolic link is ever followed — in particular
/// none out of the context root. Named pipes and devices are described but
/// never opened for reading; files are opened non-blocking and checked to be
/// regular before a byte is read. Failures come back as ``ContextAccessError``.
///
/// The methods below always ask the file system, but analyses keep what they learn in
/// ``memory``, shared by every copy of the value: sizing several Dockerfiles (or one again
/// after a base swap) against one value reads the tree once. Make a new value to see changes.
public struct DiskBuildContext: BuildContext, MemoryCarryingContext {
  /// The absolute path of the context root, without a trailing slash.
  public let root: String
  /// What analyses have learnt about this tree since the value was made.
  public private(set) var memory: ContextMemory? = ContextMemory()

  /// A context rooted at `root` (made absolute against the current directory).
  public init(root: String) {
    var absolute = root
    if absolute.utf8.first != UInt8(ascii: "/") {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      if getcwd(&buffer, buffer.count) != nil {
        absolute =
          String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
          + "/" + root
      }
    }
    self.root = ContextPath.clean(absolute)
  }

  func forgettingMemory() -> any BuildContext {
    var copy = self
    copy.memory = nil
    return copy
  }

  public func entry(at path: String) throws(ContextAccessError) -> ContextEntry {
    try checkParents(of: path)
    let info = try lstatInfo(path)
    let full = absolute(path)
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return ContextEntry(kind: .regularFile(size: Int64(info.st_size)), isReadable: canAccess(full, R_OK))
    case S_IFDIR:
      return ContextEntry(kind: .directory, isReadable: canAccess(full, R_OK | X_OK))
    case S_IFLNK:
      return ContextEntry(kind: .symlink(target: try linkTarget(path)))
    case S_IFIFO:
      return ContextEntry(kind: .special(.fifo))
    case S_IFSOCK:
      return ContextEntry(kind: .special(.socket))
    case S_IFCHR:
      return ContextEntry(kind: .special(.characterDevice))
    case S_IFBLK:
      return ContextEntry(kind: .special(.blockDevice))
    default:
      return ContextEntry(kind: .special(.unknown))
    }
  }

  public func contentsOfDirectory(at path: String) throws(ContextAccessError) -> [String] {
    try checkParents(of: path)
    let info = try lstatInfo(path)
    guard info.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(path) }
    guard let stream = opendir(absolute(path)) else { throw error(for: path) }
    defer { closedir(stream) }
    var names: [String] = []
    while let record = readdir(stream) {
      let name = withUnsafePointer(to: &record.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    return names.sorted(by: ContextPath.precedesInByteOrder)
  }

  public func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8] {
    try checkParents(of: path)
    let descriptor = open(absolute(path), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw error(for: path) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw error(for: path) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count < limit {
      let wanted = min(chunk.count, limit - bytes.count)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        throw error(for: path)
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk.prefix(count))
    }
    return bytes
  }

  private func absolute(_ path: String) -> String {
    if path.isEmpty { return root }
    return root == "/" ? "/" + path : root + "/" + path
  }

  private func lstatInfo(_ path: String) throws(ContextAccessError) -> stat {
    var info = stat()
    guard lstat(absolute(path), &info) == 0 else { throw error(for: path) }
    return info
  }

  /// Each element above `path` must be a directory, not a link to one.
  private func checkParents(of path: String) throws(ContextAccessError) {
    var prefix = ""
    for element in ContextPath.components(path).dropLast() {
      prefix = ContextPath.join(prefix, element)
      let info = try lstatInfo(prefix)
      guard info.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(path) }
    }
  }

  private func linkTarget(_ path: String) throws(ContextAccessError) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(absolute(path), &buffer, buffer.count - 1)
    guard count >= 0 else { throw error(for: path) }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private func canAccess(_ path: String, _ mode: Int32) -> Bool {
    faccessat(AT_FDCWD, path, mode, AT_EACCESS) == 0
  }

  private func error(for path: String) -> ContextAccessError {
    let code = errno
    switch code {
    case ENOENT: return .notFound(path)
    case ENOTDIR: return .notADirectory(path)
    case ELOOP: return .notARegularFile(path)
    case EACCES, EPERM: return .permissionDenied(path)
    default: return .failed(path, reason: String(cString: strerror(code)))
    }
  }
}
