/// One Alpine package's installed size as `apk info` printed it.
public struct AlpinePackage: Sendable, Hashable {
  /// Package name.
  public var name: String
  /// Version, when the source gave it.
  public var version: String?
  /// Alpine release the figure belongs to (`3.24`).
  public var alpineRelease: String
  /// The installed size as printed (`159 MiB`).
  public var statedSize: String
  /// The installed size in bytes and its rounding tolerance.
  public var size: SizeFigure

  /// Creates a package record.
  public init(name: String, version: String?, alpineRelease: String, statedSize: String, size: SizeFigure) {
    self.name = name
    self.version = version
    self.alpineRelease = alpineRelease
    self.statedSize = statedSize
    self.size = size
  }

  /// Reads apk's `6552 B`, `18 KiB`, `159 MiB` into bytes and half a printed unit of tolerance.
  static func parseSize(_ text: String) -> (bytes: Int64, tolerance: Int64)? {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let value = Int64(parts[0]) else { return nil }
    let unit: Int64
    switch parts[1] {
    case "B": unit = 1
    case "KiB": unit = 1024
    case "MiB": unit = 1024 * 1024
    case "GiB": unit = 1024 * 1024 * 1024
    default: return nil
    }
    return (value * unit, unit == 1 ? 0 : unit / 2)
  }
}
