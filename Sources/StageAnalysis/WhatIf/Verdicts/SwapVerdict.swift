/// One finding about a swap: where, how bad, why, and which rule said so.
public struct SwapVerdict: Hashable, Sendable {
  /// The stage the finding is about (0-based index).
  public var stage: Int
  /// The stage's display name (`builder`, `stage-1`).
  public var stageName: String
  /// The 1-based line of the instruction that causes it (the `FROM` line for stage-wide findings).
  public var line: Int
  /// How bad it is.
  public var level: VerdictLevel
  /// One line of explanation.
  public var reason: String
  /// The rule that produced it.
  public var rule: VerdictRule

  /// Creates a verdict.
  public init(stage: Int, stageName: String, line: Int, level: VerdictLevel, reason: String, rule: VerdictRule) {
    self.stage = stage
    self.stageName = stageName
    self.line = line
    self.level = level
    self.reason = reason
    self.rule = rule
  }
}

extension [SwapVerdict] {
  /// The worst level among the verdicts; `ok` when there are none.
  public var worstLevel: VerdictLevel {
    map(\.level).max() ?? .ok
  }
}
