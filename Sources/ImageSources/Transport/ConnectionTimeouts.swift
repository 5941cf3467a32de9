/// How long an image source waits on the network before giving up.
public struct ConnectionTimeouts: Hashable, Sendable {
  /// Time to establish a connection.
  public var connect: Duration
  /// Time to wait for the next bytes of an answer (a peer that accepts and stays silent).
  public var read: Duration
  /// Time for a whole request, answer included.
  public var total: Duration

  /// Makes timeouts.
  public init(connect: Duration = .seconds(3), read: Duration = .seconds(5), total: Duration = .seconds(30)) {
    self.connect = connect
    self.read = read
    self.total = total
  }

  /// Three seconds to connect, five of silence, thirty in all.
  public static let standard = ConnectionTimeouts()
}
