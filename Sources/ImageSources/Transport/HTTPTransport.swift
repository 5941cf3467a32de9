import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Read-only HTTP (GET and HEAD only) over TCP, TLS or a Unix socket, with timeouts
/// and a bounded body; every failure becomes a `TransportError`.
struct HTTPTransport: Sendable {
  /// The only methods an image source may send.
  enum Method: Sendable {
    case get
    case head
  }

  var timeouts: ConnectionTimeouts
  var maxBodyBytes: Int
  var followsRedirects: Bool

  /// Sends one request and collects the answer.
  func send(
    _ method: Method = .get, url: String, headers: [(String, String)] = []
  ) async throws(TransportError) -> TransportResponse {
    var configuration = HTTPClient.Configuration(
      redirectConfiguration: followsRedirects ? .follow(max: 5, allowCycles: false) : .disallow,
      timeout: .init(connect: Self.amount(timeouts.connect), read: Self.amount(timeouts.read)))
    configuration.httpVersion = .http1Only
    let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    let result: Result<TransportResponse, TransportError>
    do {
      result = .success(try await exchange(client: client, method: method, url: url, headers: headers))
    } catch {
      result = .failure(classify(error, url: url))
    }
    try? await client.shutdown()
    return try result.get()
  }

  private func exchange(
    client: HTTPClient, method: Method, url: String, headers: [(String, String)]
  ) async throws -> TransportResponse {
    var request = HTTPClientRequest(url: url)
    request.method = method == .get ? .GET : .HEAD
    for (name, value) in headers {
      request.headers.add(name: name, value: value)
    }
    let response = try await client.execute(request, deadline: .now() + Self.amount(timeouts.total))
    let body = try await response.body.collect(upTo: maxBodyBytes)
    return TransportResponse(
      status: Int(response.status.code),
      headers: response.headers.map { (name: $0.name, value: $0.value) },
      body: Array(body.readableBytesView))
  }

  private static func amount(_ duration: Duration) -> TimeAmount {
    let parts = duration.components
    return .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
  }

  private func classify(_ error: any Error, url: String) -> TransportError {
    if let error = error as? TransportError { return error }
    if let error = error as? HTTPClientError {
      switch error {
      case .readTimeout: return .timedOut("waiting for an answer (the peer accepted the connection and stayed silent)")
      case .connectTimeout: return .timedOut("connecting")
      case .deadlineExceeded: return .timedOut("before the whole answer arrived")
      case .invalidURL, .emptyHost, .missingSocketPath: return .invalidURL(url)
      case .remoteConnectionClosed: return .invalidResponse("the peer closed the connection without a complete answer")
      default: return .connectionFailed(String(describing: error))
      }
    }
    if error is NIOTooManyBytesError {
      return .bodyTooLarge(limit: maxBodyBytes)
    }
    if error is HTTPParserError {
      return .invalidResponse("not an HTTP/1.1 answer (\(error))")
    }
    if let error = error as? IOError {
      return .connectionFailed(String(cString: strerror(error.errnoCode)))
    }
    return .connectionFailed(String(describing: error))
  }
}
