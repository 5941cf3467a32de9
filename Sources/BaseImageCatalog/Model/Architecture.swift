import Foundation

/// A platform in the `os/arch[/variant]` spelling registries use.
public struct Architecture: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  public var rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// `linux/amd64`, the default platform of every lookup.
  public static let amd64 = Architecture(rawValue: "linux/amd64")
  /// `linux/arm64/v8`, as registry manifests spell 64-bit ARM.
  public static let arm64 = Architecture(rawValue: "linux/arm64/v8")

  /// Reads a platform the way people write it.
  ///
  /// `amd64`, `x86_64`, `linux/amd64`, `arm64`, `aarch64`, `linux/arm64` and
  /// `linux/arm64/v8` map to the two constants; other values are kept as written.
  public init(normalizing text: String) {
    let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
    let bare = lowered.hasPrefix("linux/") ? String(lowered.dropFirst("linux/".count)) : lowered
    switch bare {
    case "amd64", "x86_64", "x86-64":
      self = .amd64
    case "arm64", "aarch64", "arm64/v8", "aarch64/v8":
      self = .arm64
    default:
      self.init(rawValue: lowered.contains("/") ? lowered : "linux/\(lowered)")
    }
  }

  public var description: String { rawValue }
}
