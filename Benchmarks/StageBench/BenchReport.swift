import Foundation

/// Renders results as an aligned text table or as JSON.
enum BenchReport {
  /// The table, grouped by section, with the target and a verdict where there is one.
  static func text(_ results: [BenchResult], machine: MachineInfo, corpus: String, loadAfter: String)
    -> String
  {
    var out = "stagetui-bench — \(machine.summary)\ncorpus: \(corpus)\n"
    let nameWidth = results.map(\.name.count).max() ?? 10
    var section = ""
    for result in results {
      if result.section != section {
        section = result.section
        out += "\n[\(section)]\n"
      }
      let value = result.value.isNaN ? "—" : BenchResult.format(result.value)
      let verdict = result.meetsGoal.map { $0 ? "ok" : "MISS" } ?? ""
      let goal = result.goalText.isEmpty ? "" : "target \(result.goalText) \(verdict)"
      out += "  " + result.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      out += "  " + String(repeating: " ", count: max(0, 9 - value.count)) + value + " " + result.unit
      out += String(repeating: " ", count: max(0, 6 - result.unit.count))
      out += [goal, result.detail].filter { !$0.isEmpty }.joined(separator: "  · ") + "\n"
    }
    out += "\nload average after the run: \(loadAfter) (best-of-N timings; the machine is shared)\n"
    return out
  }

  /// One JSON document: the machine and every result.
  static func json(_ results: [BenchResult], machine: MachineInfo, corpus: String, loadAfter: String)
    -> String
  {
    let entries = results.map { result -> [String: Any] in
      var entry: [String: Any] = [
        "section": result.section, "name": result.name, "unit": result.unit, "detail": result.detail,
      ]
      entry["value"] = result.value.isNaN ? NSNull() : result.value
      if let meets = result.meetsGoal {
        entry["target"] = result.goalText
        entry["meets_target"] = meets
      }
      return entry
    }
    let document: [String: Any] = [
      "machine": [
        "cores": machine.cores, "cpu": machine.cpu, "memory": machine.memory, "load_before": machine.load,
        "load_after": loadAfter,
      ],
      "corpus": corpus,
      "results": entries,
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    else {
      return "{}\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
