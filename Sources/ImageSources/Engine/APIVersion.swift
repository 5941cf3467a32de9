import Foundation

/// A Docker Engine API version (`1.41`).
struct APIVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
  var major: Int
  var minor: Int

  /// `major.minor`.
  init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `1.41`; nil for anything else.
  init?(parsing text: String) {
    let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".")
    guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
    self.init(major: major, minor: minor)
  }

  static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }

  var description: String { "\(major).\(minor)" }
}
