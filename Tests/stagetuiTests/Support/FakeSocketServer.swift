import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A misbehaving server for the engine and registry error cases: it listens on
/// a Unix socket or on 127.0.0.1, logs each request's first line, and then
/// either hangs (never answers) or answers with the given bytes and closes.
final class FakeSocketServer: @unchecked Sendable {
  /// What the server does with a connection.
  enum Behaviour: Sendable {
    /// Reads the request, never answers, holds the connection open.
    case hang
    /// Reads the request, writes these bytes, closes.
    case answer([UInt8])
  }

  /// The listening descriptor.
  private let listener: Int32
  /// The TCP port, for a TCP server.
  let port: Int
  /// Guards `log` and `held`, which the accepting thread writes.
  private let lock = NSLock()
  private var log: [String] = []
  private var held: [Int32] = []
  private let behaviour: Behaviour

  /// Request lines received so far (`GET /v1.41/version HTTP/1.1`).
  var requestLines: [String] { lock.withLock { log } }

  /// Listens on a Unix socket at `path`.
  init(unixPath path: String, behaviour: Behaviour) throws {
    self.behaviour = behaviour
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard descriptor >= 0, bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
      throw POSIXError(.EINVAL)
    }
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      buffer.copyBytes(from: bytes)
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    listener = descriptor
    port = 0
    startAccepting()
  }

  /// Listens on 127.0.0.1 on a free port.
  init(loopbackWith behaviour: Behaviour) throws {
    self.behaviour = behaviour
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard descriptor >= 0, bound == 0, listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    listener = descriptor
    port = Int(UInt16(bigEndian: actual.sin_port))
    startAccepting()
  }

  private func startAccepting() {
    let thread = Thread { [self] in
      while true {
        let connection = accept(listener, nil, nil)
        if connection < 0 {
          if errno == EINTR { continue }
          return
        }
        serve(connection)
      }
    }
    thread.start()
  }

  private func serve(_ connection: Int32) {
    var request: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.containsHeaderEnd {
      let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      request += buffer[0..<count]
    }
    let firstLine = String(decoding: request.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
    if !firstLine.isEmpty { lock.withLock { log.append(firstLine) } }
    switch behaviour {
    case .hang:
      lock.withLock { held.append(connection) }
    case .answer(let bytes):
      _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      close(connection)
    }
  }

  /// Stops listening and drops held connections.
  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    lock.withLock {
      held.forEach { close($0) }
      held.removeAll()
    }
  }
}

extension [UInt8] {
  /// Whether an HTTP header block has ended (a blank line).
  fileprivate var containsHeaderEnd: Bool {
    guard count >= 4 else { return false }
    for index in 0...(count - 4)
    where self[index] == 0x0D && self[index + 1] == 0x0A && self[index + 2] == 0x0D && self[index + 3] == 0x0A {
      return true
    }
    return false
  }
}
