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
    return CorpusOracles.entries(in: corpus).compactMap { entry in
      let json = entry.oracle
      guard json["ok"] as? Bool == true, json["instructions_error"] == nil,
        let stages = json["stages"] as? [[String: Any]]
      else { return nil }
      return OracleStages(
        name: entry.name, source: entry.source, stages: stages.map(stage), lint: (json["lint"] as? [String]) ?? [])
    }
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
