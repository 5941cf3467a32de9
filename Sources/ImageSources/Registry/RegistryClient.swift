import Foundation

/// Read-only registry v2 requests for one repository, with the anonymous (or credentialed)
/// bearer-token flow: a 401 with `WWW-Authenticate: Bearer realm=…` gets a token from the
/// realm and the request is sent again once with it.
struct RegistryClient: Sendable {
  let reference: RegistryReference
  let transport: HTTPTransport
  let usesPlainHTTP: Bool
  let credentials: RegistryCredentials?

  /// `GET /v2/<name>/<kind>/<ref>` with `accept`, authenticating once if the registry asks.
  func get(_ kind: String, _ ref: String, accept: [String]) async throws(ImageSourceFailure) -> TransportResponse {
    let url = baseURL + "/v2/\(reference.repository)/\(kind)/\(ref)"
    var headers = accept.isEmpty ? [] : [("Accept", accept.joined(separator: ", "))]
    let first = try await send(url, headers: headers)
    guard first.status == 401 else { return first }
    guard let authorization = try await authorization(for: first) else { return first }
    headers.append(("Authorization", authorization))
    return try await send(url, headers: headers)
  }

  /// `scheme://host[:port]`.
  var baseURL: String {
    (usesPlainHTTP ? "http://" : "https://") + reference.registry
  }

  /// A failure whose reason names the registry.
  func failure(_ detail: String) -> ImageSourceFailure {
    ImageSourceFailure(reason: "registry \(reference.registry) \(detail)")
  }

  private func send(_ url: String, headers: [(String, String)]) async throws(ImageSourceFailure) -> TransportResponse {
    do throws(TransportError) {
      return try await transport.send(.get, url: url, headers: headers)
    } catch {
      throw failure("(GET \(Self.pathOnly(url))): \(error.reason)")
    }
  }

  /// The `Authorization` value to retry with, or nil when the challenge offers nothing to do.
  private func authorization(for response: TransportResponse) async throws(ImageSourceFailure) -> String? {
    guard let header = response.header("WWW-Authenticate"), let challenge = AuthChallenge(header: header) else {
      return nil
    }
    switch challenge.scheme {
    case "basic":
      return credentials?.basicAuthorization
    case "bearer":
      return "Bearer " + (try await token(for: challenge))
    default:
      return nil
    }
  }

  private func token(for challenge: AuthChallenge) async throws(ImageSourceFailure) -> String {
    guard let realm = challenge.parameters["realm"], var components = URLComponents(string: realm),
      let scheme = components.scheme, let host = components.host
    else {
      throw failure("asked for a bearer token without a usable realm")
    }
    guard scheme == "https" || (scheme == "http" && (usesPlainHTTP || RegistryReference.isLoopback(host: host))) else {
      throw failure("sent a token realm over \(scheme)://; refusing to fetch a token that way")
    }
    var query = components.queryItems ?? []
    if let service = challenge.parameters["service"] {
      query.append(URLQueryItem(name: "service", value: service))
    }
    let scope = challenge.parameters["scope"] ?? "repository:\(reference.repository):pull"
    query.append(URLQueryItem(name: "scope", value: scope))
    components.queryItems = query
    guard let url = components.string else { throw failure("sent an invalid token realm") }
    let headers = credentials.map { [("Authorization", $0.basicAuthorization)] } ?? []
    let answer: TransportResponse
    do throws(TransportError) {
      answer = try await transport.send(.get, url: url, headers: headers)
    } catch {
      throw failure("token service \(host): \(error.reason)")
    }
    guard answer.status == 200 else {
      throw failure("token service \(host) answered HTTP \(answer.status)")
    }
    struct TokenAnswer: Decodable {
      var token: String?
      var accessToken: String?

      enum CodingKeys: String, CodingKey {
        case token
        case accessToken = "access_token"
      }
    }
    guard let decoded = try? JSONDecoder().decode(TokenAnswer.self, from: Data(answer.body)),
      let token = decoded.token ?? decoded.accessToken, !token.isEmpty
    else {
      throw failure("token service \(host) answered without a token")
    }
    return token
  }

  private static func pathOnly(_ url: String) -> String {
    guard let components = URLComponents(string: url) else { return url }
    return components.path
  }
}
