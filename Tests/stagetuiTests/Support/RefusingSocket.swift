import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A Unix socket file that was bound and closed: it exists, and connecting to it is refused,
/// as an engine socket is after its daemon died.
enum RefusingSocket {
  /// Binds a socket at a fresh path under /tmp, closes it and returns the path (unlink it after),
  /// or nil when the bind failed.
  static func make() -> String? {
    let path = "/tmp/st-\(UUID().uuidString.prefix(8)).sock"
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    close(descriptor)
    return bound == 0 ? path : nil
  }
}
