import Foundation

/// The machine a run was taken on, printed with every result set.
struct MachineInfo {
  var cores: Int
  var cpu: String
  var load: String
  var memory: String

  /// Reads `/proc` (fields stay "unknown" elsewhere).
  static func current() -> MachineInfo {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown")
      .split(separator: " ").prefix(3).joined(separator: " ")
    let memory =
      ((try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? "")
      .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
      .map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }
      ?? "unknown"
    return MachineInfo(
      cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model, load: load, memory: memory)
  }

  /// The one-line summary.
  var summary: String { "\(cores) cores, \(cpu), \(memory) RAM, load average \(load)" }
}
