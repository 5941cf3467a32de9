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
    // Already-normal spellings (ASCII without capitals or blanks, as platforms are written)
    // are matched on their bytes; others go through Foundation's lowercasing and trimming.
    let isNormal = text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !($0 >= 0x41 && $0 <= 0x5A) }
    guard isNormal else {
      let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
      let bare = lowered.hasPrefix("linux/") ? String(lowered.dropFirst("linux/".count)) : lowered
      self.init(lowered: lowered, bare: Substring(bare), hasSlash: lowered.contains("/"))
      return
    }
    let prefix = "linux/".utf8
    let bare = text.utf8.starts(with: prefix) ? text.dropFirst(prefix.count) : Substring(text)
    self.init(lowered: text, bare: bare, hasSlash: text.utf8.contains(UInt8(ascii: "/")))
  }

  private init(lowered: String, bare: Substring, hasSlash: Bool) {
    switch bare {
    case "amd64", "x86_64", "x86-64":
      self = .amd64
    case "arm64", "aarch64", "arm64/v8", "aarch64/v8":
      self = .arm64
    default:
      self.init(rawValue: hasSlash ? lowered : "linux/\(lowered)")
    }
  }

  public var description: String { rawValue }
}
