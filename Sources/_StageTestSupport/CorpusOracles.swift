import Foundation

/// The shared corpus's files that have an oracle (BuildKit's answers, `corpus/<group>/oracle/*.json`).
public enum CorpusOracles {
  /// One corpus file and its oracle.
  public struct Entry {
    /// `<group>/<file>`, the file named as its oracle names it.
    public var name: String
    /// The file's bytes.
    public var source: [UInt8]
    /// The oracle's JSON object.
    public var oracle: [String: Any]
  }

  /// The corpus groups, in the order they are read.
  public static let groups = ["real", "buildkit", "snippets", "edge"]

  /// Every file of `corpus` that has an oracle, group by group, in oracle-name order.
  ///
  /// An oracle names its file by the path under `files/` with `/` as `__`; BuildKit's case
  /// directories are named without their trailing `/Dockerfile`.
  public static func entries(in corpus: URL) -> [Entry] {
    var entries: [Entry] = []
    for group in groups {
      let byKey = filesByOracleKey(corpus.appendingPathComponent(group).appendingPathComponent("files"))
      let oracles = corpus.appendingPathComponent(group).appendingPathComponent("oracle")
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: oracles.path)) ?? []).sorted()
      where name.hasSuffix(".json") {
        guard let data = try? Data(contentsOf: oracles.appendingPathComponent(name)),
          let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
          let file = json["file"] as? String, let url = byKey[file], let source = try? Data(contentsOf: url)
        else { continue }
        entries.append(Entry(name: group + "/" + file, source: Array(source), oracle: json))
      }
    }
    return entries
  }

  /// The regular files under `files`, by every key an oracle may name them with.
  private static func filesByOracleKey(_ files: URL) -> [String: URL] {
    var byKey: [String: URL] = [:]
    let enumerator = FileManager.default.enumerator(at: files, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      let relative = String(url.path.dropFirst(files.path.count + 1))
      byKey[relative.replacingOccurrences(of: "/", with: "__")] = url
      if url.lastPathComponent == "Dockerfile" {
        byKey[(relative as NSString).deletingLastPathComponent.replacingOccurrences(of: "/", with: "__")] = url
      }
    }
    return byKey
  }
}
