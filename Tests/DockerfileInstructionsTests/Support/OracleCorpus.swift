import DockerfileSyntax
import Foundation
import _StageTestSupport

/// The corpus files with BuildKit's answers for them (`../shared/corpus/*/oracle`).
struct OracleCase: Sendable {
  /// One stage as the oracle lists it.
  struct Stage: Sendable {
    var name: String
    var baseName: String
    var platform: String
    /// Each command's fields as strings (`link` as `true`, `mounts` joined by `|`).
    var commands: [[String: String]]
  }

  var name: String
  var source: [UInt8]
  var ok: Bool
  var instructionsError: String?
  var stages: [Stage]?

  init(name: String, source: [UInt8], oracle: [String: Any]) {
    self.name = name
    self.source = source
    ok = oracle["ok"] as? Bool ?? false
    instructionsError = oracle["instructions_error"] as? String
    stages = (oracle["stages"] as? [[String: Any]])?.map { stage in
      Stage(
        name: stage["name"] as? String ?? "", baseName: stage["base_name"] as? String ?? "",
        platform: stage["platform"] as? String ?? "",
        commands: (stage["commands"] as? [[String: Any]] ?? []).map(Self.command))
    }
  }

  private static func command(_ json: [String: Any]) -> [String: String] {
    var command: [String: String] = [:]
    command["name"] = json["name"] as? String
    command["start_line"] = (json["start_line"] as? Int).map(String.init)
    command["end_line"] = (json["end_line"] as? Int).map(String.init)
    if let from = json["copy_from"] as? String, !from.isEmpty { command["copy_from"] = from }
    if json["link"] as? Bool == true { command["link"] = "true" }
    if let mounts = json["mounts"] as? [String], !mounts.isEmpty { command["mounts"] = mounts.joined(separator: "|") }
    if let heredocs = json["heredocs"] as? Int, heredocs > 0 { command["heredocs"] = String(heredocs) }
    return command
  }

  /// Every corpus file that has an oracle, loaded once.
  static func all() -> [OracleCase] {
    guard let root = SharedCorpus.root?.appendingPathComponent("corpus") else { return [] }
    return CorpusOracles.entries(in: root).map { OracleCase(name: $0.name, source: $0.source, oracle: $0.oracle) }
  }
}
