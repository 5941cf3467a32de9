/// One measured figure, with the target it is held to when there is one.
struct BenchResult {
  /// How a figure compares with its target.
  enum Goal {
    case atMost(Double)
    case atLeast(Double)
  }

  var section: String
  var name: String
  var value: Double
  var unit: String
  var detail: String = ""
  var goal: Goal? = nil

  /// Whether the figure meets its target (nil: no target).
  var meetsGoal: Bool? {
    switch goal {
    case .atMost(let limit): value <= limit
    case .atLeast(let floor): value >= floor
    case nil: nil
    }
  }

  /// The target as text (`< 50 ms`, `≥ 100 MB/s`).
  var goalText: String {
    switch goal {
    case .atMost(let limit): "< \(BenchResult.format(limit)) \(unit)"
    case .atLeast(let floor): "≥ \(BenchResult.format(floor)) \(unit)"
    case nil: ""
    }
  }

  /// A number with three significant digits or so.
  static func format(_ value: Double) -> String {
    let magnitude = abs(value)
    let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
    return String(format: "%.\(digits)f", value)
  }
}
