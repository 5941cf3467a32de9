/// Where the Docker engine listens, from `DOCKER_HOST` (`unix:///path`).
public struct DockerHost: Hashable, Sendable, CustomStringConvertible {
  /// The socket Docker uses when `DOCKER_HOST` is unset.
  public static let defaultSocketPath = "/var/run/docker.sock"

  /// The path of the engine's Unix socket.
  public var socketPath: String

  /// The engine on the Unix socket at `socketPath`.
  public init(socketPath: String) {
    self.socketPath = socketPath
  }

  /// Parses a `DOCKER_HOST` value; nil or empty means the default socket. Only
  /// `unix://` hosts are supported: a `tcp://` or `ssh://` engine is refused with a reason.
  public init(parsing value: String?) throws(ImageSourceFailure) {
    guard let value, !value.isEmpty else {
      self.init(socketPath: Self.defaultSocketPath)
      return
    }
    if value.hasPrefix("unix://") {
      let path = String(value.dropFirst("unix://".count))
      guard path.hasPrefix("/") else {
        throw ImageSourceFailure(reason: "DOCKER_HOST=\(value): a unix socket path must be absolute (unix:///path)")
      }
      self.init(socketPath: path)
      return
    }
    if value.hasPrefix("/") {
      self.init(socketPath: value)
      return
    }
    let scheme = value.split(separator: ":", maxSplits: 1).first.map(String.init) ?? value
    throw ImageSourceFailure(
      reason: "DOCKER_HOST=\(value): \(scheme) engines are not supported; stagetui reads only a local "
        + "engine over its Unix socket (DOCKER_HOST=unix:///var/run/docker.sock)")
  }

  /// `unix:///path`.
  public var description: String { "unix://\(socketPath)" }

  /// The `http+unix://` base URL AsyncHTTPClient understands (socket path percent-encoded as the host).
  var baseURL: String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
    var host = ""
    for byte in socketPath.utf8 {
      if allowed.contains(byte) {
        host.append(Character(Unicode.Scalar(byte)))
      } else {
        host += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return "http+unix://\(host)"
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
