import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request the fake server received.
struct FakeRequest: Sendable {
  var method: HTTPMethod
  var uri: String
  var headers: [(String, String)]

  /// The path without the query.
  var path: String { String(uri.prefix { $0 != "?" }) }

  /// The first value of a header, case-insensitively.
  func header(_ name: String) -> String? {
    headers.first { $0.0.lowercased() == name.lowercased() }?.1
  }
}

/// The answer the fake server sends.
struct FakeResponse: Sendable {
  var status: HTTPResponseStatus
  var headers: [(String, String)]
  var body: [UInt8]

  init(status: HTTPResponseStatus = .ok, headers: [(String, String)] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  init(status: HTTPResponseStatus = .ok, headers: [(String, String)] = [], json: String) {
    self.init(status: status, headers: headers + [("Content-Type", "application/json")], body: Array(json.utf8))
  }
}

/// How the fake server behaves toward every connection.
enum FakeServerBehavior: Sendable {
  /// Speaks HTTP/1.1 and answers with the router.
  case answer(@Sendable (FakeRequest) -> FakeResponse)
  /// Accepts and never sends a byte.
  case hang
  /// Sends bytes that are not HTTP, then closes.
  case garbage([UInt8])
}

/// An in-process HTTP server for tests, on a Unix socket or on 127.0.0.1 (ephemeral port).
final class FakeHTTPServer: Sendable {
  private let channel: any Channel
  private let log: NIOLockedValueBox<[FakeRequest]>

  /// The requests received so far.
  var requests: [FakeRequest] { log.withLockedValue { $0 } }

  /// The TCP port when listening on 127.0.0.1.
  var port: Int { channel.localAddress?.port ?? 0 }

  private init(channel: any Channel, log: NIOLockedValueBox<[FakeRequest]>) {
    self.channel = channel
    self.log = log
  }

  /// Listens on the Unix socket at `path`.
  static func unix(path: String, behavior: FakeServerBehavior) async throws -> FakeHTTPServer {
    let log = NIOLockedValueBox<[FakeRequest]>([])
    let channel = try await bootstrap(behavior: behavior, log: log).bind(unixDomainSocketPath: path).get()
    return FakeHTTPServer(channel: channel, log: log)
  }

  /// Listens on 127.0.0.1 on a free port.
  static func loopback(behavior: FakeServerBehavior) async throws -> FakeHTTPServer {
    let log = NIOLockedValueBox<[FakeRequest]>([])
    let channel = try await bootstrap(behavior: behavior, log: log).bind(host: "127.0.0.1", port: 0).get()
    return FakeHTTPServer(channel: channel, log: log)
  }

  /// Stops listening.
  func stop() async {
    try? await channel.close()
  }

  private static func bootstrap(behavior: FakeServerBehavior, log: NIOLockedValueBox<[FakeRequest]>) -> ServerBootstrap {
    ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.backlog, value: 16)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        switch behavior {
        case .answer(let router):
          return channel.pipeline.configureHTTPServerPipeline().flatMapThrowing {
            try channel.pipeline.syncOperations.addHandler(RoutingHandler(router: router, log: log))
          }
        case .hang:
          return channel.eventLoop.makeSucceededVoidFuture()
        case .garbage(let bytes):
          return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(GarbageHandler(bytes: bytes))
          }
        }
      }
  }
}

private final class RoutingHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let router: @Sendable (FakeRequest) -> FakeResponse
  private let log: NIOLockedValueBox<[FakeRequest]>
  private var head: HTTPRequestHead?

  init(router: @escaping @Sendable (FakeRequest) -> FakeResponse, log: NIOLockedValueBox<[FakeRequest]>) {
    self.router = router
    self.log = log
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch Self.unwrapInboundIn(data) {
    case .head(let value):
      head = value
    case .body:
      break
    case .end:
      guard let head else { return }
      let request = FakeRequest(method: head.method, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) })
      log.withLockedValue { $0.append(request) }
      let response = router(request)
      var headers = HTTPHeaders(response.headers)
      headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
      context.write(Self.wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: response.status, headers: headers))), promise: nil)
      if head.method != .HEAD {
        context.write(Self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
      }
      context.writeAndFlush(Self.wrapOutboundOut(.end(nil)), promise: nil)
      self.head = nil
    }
  }
}

private final class GarbageHandler: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  private let bytes: [UInt8]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    context.writeAndFlush(Self.wrapOutboundOut(ByteBuffer(bytes: bytes)), promise: nil)
    context.close(promise: nil)
  }
}
