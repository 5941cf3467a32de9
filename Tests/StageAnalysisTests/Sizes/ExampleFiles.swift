import Foundation
import _StageTestSupport

/// The example apps of the repository (`Examples/<name>/Dockerfile`).
enum ExampleFiles {
  /// The package root, found from this file's path.
  static var packageRoot: URL { PackageRoot.url }

  /// Each example's name and directory, sorted by name.
  static var examples: [(name: String, directory: URL)] {
    let root = packageRoot.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().compactMap { name in
      let directory = root.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("Dockerfile").path) else { return nil }
      return (name, directory)
    }
  }
}
