import Foundation

/// A user name and password (or token) for a registry. Never printed: every textual
/// form of a value shows only that credentials are present.
public struct RegistryCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  private let username: String
  private let secret: String

  /// Makes credentials.
  public init(username: String, secret: String) {
    self.username = username
    self.secret = secret
  }

  /// `RegistryCredentials(redacted)`.
  public var description: String { "RegistryCredentials(redacted)" }
  /// `RegistryCredentials(redacted)`.
  public var debugDescription: String { description }
  /// A mirror with no children, so `dump` shows nothing secret.
  public var customMirror: Mirror { Mirror(self, children: [:]) }

  /// The `Authorization: Basic …` value.
  var basicAuthorization: String {
    "Basic " + Data("\(username):\(secret)".utf8).base64EncodedString()
  }
}
