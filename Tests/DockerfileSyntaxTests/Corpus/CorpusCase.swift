import Foundation

/// One corpus file and the oracle JSON BuildKit produced for it.
struct CorpusCase: Sendable, CustomStringConvertible {
  /// The corpus folder (`buildkit`, `real`, `snippets`, `edge`).
  var folder: String
  /// The file's path under `<folder>/files/`.
  var relativePath: String
  var file: URL
  var oracle: URL

  var description: String { "\(folder)/\(relativePath)" }

  /// The cases of a folder: every file that has an oracle (the oracle is
  /// named after the path with `/` as `__`; BuildKit's case directories
  /// drop their trailing `/Dockerfile`).
  static func cases(in corpus: URL, folder: String) -> [CorpusCase] {
    let files = corpus.appendingPathComponent(folder).appendingPathComponent("files")
    let oracles = corpus.appendingPathComponent(folder).appendingPathComponent("oracle")
    guard let enumerator = FileManager.default.enumerator(at: files, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var cases: [CorpusCase] = []
    let prefix = files.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
      var names = [relative.replacingOccurrences(of: "/", with: "__")]
      if relative.hasSuffix("/Dockerfile") {
        names.append(String(relative.dropLast("/Dockerfile".count)).replacingOccurrences(of: "/", with: "__"))
      }
      for name in names {
        let oracle = oracles.appendingPathComponent(name + ".json")
        if FileManager.default.fileExists(atPath: oracle.path) {
          cases.append(CorpusCase(folder: folder, relativePath: relative, file: url, oracle: oracle))
          break
        }
      }
    }
    return cases.sorted { $0.relativePath < $1.relativePath }
  }
}
