import Foundation
import _StageTestSupport

/// BuildKit's answers for the shared corpus (`../shared/corpus/*/oracle/*.json`): stages, their
/// `--from` sources and linter messages, for the files BuildKit accepted.
struct OracleStages: Sendable {
  /// One stage as BuildKit's instruction pass lists it.
  struct Stage: Sendable {
    var name: String
    var baseName: String
    var platform: String
    /// `(line, copy_from)` of each `COPY --from`.
    var copies: [Copy]
    /// `(line, from)` of each mount with a `from`.
    var mounts: [Copy]
  }

  /// A `--from` source at a line.
  struct Copy: Hashable, Sendable {
    var line: Int
    var from: String
  }

  var name: String
  var source: [UInt8]
  var stages: [Stage]
  /// Linter messages as `line:Rule: message`.
  var lint: [String]

  /// The shared directory beside the repository, or nil when absent.
  static let sharedRoot: URL? = SharedData.directory()

  /// Every corpus file BuildKit accepted through its instruction pass, with its oracle.
  static func accepted() -> [OracleStages] {
    guard let corpus = SharedData.corpus() else { return [] }
    let manager = FileManager.default
    var cases: [OracleStages] = []
    for group in ["real", "buildkit", "snippets", "edge"] {
      let files = corpus.appendingPathComponent(group).appendingPathComponent("files")
      var byKey: [String: URL] = [:]
      let enumerator = manager.enumerator(at: files, includingPropertiesForKeys: [.isRegularFileKey])
      while let url = enumerator?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        let relative = String(url.path.dropFirst(files.path.count + 1))
        byKey[relative.replacingOccurrences(of: "/", with: "__")] = url
        if url.lastPathComponent == "Dockerfile" {
          byKey[(relative as NSString).deletingLastPathComponent.replacingOccurrences(of: "/", with: "__")] = url
        }
      }
      let oracles = corpus.appendingPathComponent(group).appendingPathComponent("oracle")
      for name in ((try? manager.contentsOfDirectory(atPath: oracles.path)) ?? []).sorted()
      where name.hasSuffix(".json") {
        guard let data = try? Data(contentsOf: oracles.appendingPathComponent(name)),
          let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
          json["ok"] as? Bool == true, json["instructions_error"] == nil,
          let stages = json["stages"] as? [[String: Any]],
          let file = json["file"] as? String, let url = byKey[file], let source = try? Data(contentsOf: url)
        else { continue }
        cases.append(
          OracleStages(
            name: group + "/" + file, source: Array(source), stages: stages.map(stage),
            lint: (json["lint"] as? [String]) ?? []))
      }
    }
    return cases
  }

  private static func stage(_ json: [String: Any]) -> Stage {
    var copies: [Copy] = []
    var mounts: [Copy] = []
    for command in json["commands"] as? [[String: Any]] ?? [] {
      let line = command["start_line"] as? Int ?? 0
      if let from = command["copy_from"] as? String, !from.isEmpty { copies.append(Copy(line: line, from: from)) }
      for mount in command["mounts"] as? [String] ?? [] where !mount.hasPrefix("ERROR:") {
        if let colon = mount.firstIndex(of: ":") {
          mounts.append(Copy(line: line, from: String(mount[mount.index(after: colon)...])))
        }
      }
    }
    return Stage(
      name: json["name"] as? String ?? "", baseName: json["base_name"] as? String ?? "",
      platform: json["platform"] as? String ?? "", copies: copies, mounts: mounts)
  }
}
