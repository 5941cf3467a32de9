import Foundation

/// Finds the read-only data that sits beside the checkout (`../shared`):
/// the BuildKit corpus with its oracle, base-image data, engine examples.
///
/// The package root is found from the calling file's path (the nearest
/// directory holding `Package.swift`); tests that need the data skip when
/// it is absent, so the package still tests without it.
public enum SharedData {
  /// The `shared` directory beside the package root, or nil when absent.
  public static func directory(filePath: String = #filePath) -> URL? {
    guard let root = PackageRoot.find(from: filePath) else { return nil }
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    return shared.standardizedFileURL
  }

  /// A path inside the shared directory, or nil when it does not exist.
  public static func url(_ relativePath: String, filePath: String = #filePath) -> URL? {
    guard let root = directory(filePath: filePath) else { return nil }
    let url = root.appendingPathComponent(relativePath)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The BuildKit corpus (`shared/corpus`), or nil when absent.
  public static func corpus(filePath: String = #filePath) -> URL? {
    url("corpus", filePath: filePath)
  }
}
