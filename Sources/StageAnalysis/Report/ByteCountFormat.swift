import Foundation

/// Byte counts for people, in decimal units the way Docker prints them
/// (`docker history`, `docker images`: four significant digits, 1 MB = 1 000 000 bytes).
public enum ByteCountFormat {
  private static let units = ["B", "kB", "MB", "GB", "TB", "PB"]

  /// `682696` → `682.7kB`, `74104729` → `74.1MB`, `0` → `0B`.
  public static func string(_ bytes: Int64) -> String {
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    return String(format: "%.4g", value) + units[unit]
  }

  /// A figure: its value, or a range when it is an estimate, or `?` when unknown.
  public static func string(_ figure: ByteFigure) -> String {
    guard figure.isKnown || figure.bytes > 0 else { return "?" }
    if figure.provenance == .unknown { return "≥" + string(figure.bytes) }
    if figure.low == figure.high { return string(figure.bytes) }
    return "~" + string(figure.bytes) + " (" + string(figure.low) + "–" + string(figure.high) + ")"
  }
}
