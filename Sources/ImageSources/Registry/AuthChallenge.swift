import Foundation

/// A `WWW-Authenticate` challenge: its scheme and parameters (`realm`, `service`, `scope`).
struct AuthChallenge: Equatable {
  /// `bearer` or `basic` (lower case).
  var scheme: String
  /// Parameter values by lower-case name.
  var parameters: [String: String]

  /// Parses `Bearer realm="https://auth/token",service="reg",scope="repository:a:pull"`.
  init?(header: String) {
    let trimmed = header.drop { $0 == " " }
    let schemeText = trimmed.prefix { $0 != " " }
    guard !schemeText.isEmpty else { return nil }
    scheme = schemeText.lowercased()
    parameters = [:]
    var rest = trimmed.dropFirst(schemeText.count)
    while true {
      rest = rest.drop { $0 == " " || $0 == "," }
      guard let equals = rest.firstIndex(of: "=") else { break }
      let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      rest = rest[rest.index(after: equals)...]
      var value = ""
      if rest.first == "\"" {
        rest = rest.dropFirst()
        var escaped = false
        while let char = rest.first {
          rest = rest.dropFirst()
          if escaped {
            value.append(char)
            escaped = false
          } else if char == "\\" {
            escaped = true
          } else if char == "\"" {
            break
          } else {
            value.append(char)
          }
        }
      } else {
        value = String(rest.prefix { $0 != "," })
        rest = rest.dropFirst(value.count)
      }
      parameters[key] = value.trimmingCharacters(in: .whitespaces)
    }
  }
}
