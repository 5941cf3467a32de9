import Foundation

/// The checkout the tests run from: the nearest directory holding `Package.swift` above a file.
public enum PackageRoot {
  /// The package root of this checkout (`/` when no `Package.swift` is found above).
  public static let url: URL = find(from: #filePath) ?? URL(fileURLWithPath: "/")

  /// The nearest directory above `filePath` holding `Package.swift`, or nil.
  public static func find(from filePath: String) -> URL? {
    var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
        return directory
      }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }
}
