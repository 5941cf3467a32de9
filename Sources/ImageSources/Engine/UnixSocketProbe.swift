#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells, before any HTTP, whether a Unix socket exists and accepts connections, so
/// "no socket", "nobody listening" and "permission denied" each get their own reason.
enum UnixSocketProbe {
  /// What a connection attempt found.
  enum Outcome: Equatable {
    case accepting
    case missing
    case notASocket
    case refused
    case permissionDenied
    case failed(String)
  }

  /// Connects to `path` and closes at once.
  static func probe(path: String) -> Outcome {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return errno == ENOENT || errno == ENOTDIR ? .missing : failure(errno)
    }
    guard info.st_mode & S_IFMT == S_IFSOCK else { return .notASocket }
    var address = sockaddr_un()
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    let bytes = Array(path.utf8)
    guard bytes.count < capacity else { return .failed("socket path longer than \(capacity - 1) bytes") }
    #if canImport(Darwin)
      let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
    #else
      let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #endif
    guard descriptor >= 0 else { return failure(errno) }
    defer { close(descriptor) }
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    let result = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard result != 0 else { return .accepting }
    switch errno {
    case ECONNREFUSED: return .refused
    case EACCES, EPERM: return .permissionDenied
    case ENOENT: return .missing
    default: return failure(errno)
    }
  }

  private static func failure(_ code: Int32) -> Outcome {
    .failed(String(cString: strerror(code)))
  }
}
