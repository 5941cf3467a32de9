/// Why an HTTP exchange failed, in words a person can act on.
enum TransportError: Error, Equatable {
  case timedOut(String)
  case connectionFailed(String)
  case invalidResponse(String)
  case bodyTooLarge(limit: Int)
  case invalidURL(String)

  /// A sentence for people.
  var reason: String {
    switch self {
    case .timedOut(let what): "timed out \(what)"
    case .connectionFailed(let detail): "connection failed: \(detail)"
    case .invalidResponse(let detail): "invalid HTTP answer: \(detail)"
    case .bodyTooLarge(let limit): "answer larger than \(limit) bytes"
    case .invalidURL(let url): "invalid URL \(url)"
    }
  }
}
