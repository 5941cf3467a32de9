/// The outcome of expanding one word.
public struct ExpansionResult: Hashable, Sendable {
  /// The expanded text with quotes removed (BuildKit's `ProcessWord`).
  public var value: String
  /// The expanded text split into words after expansion (BuildKit's `ProcessWords`).
  public var words: [String]
  /// Variables that were looked up and found, in order of first use.
  public var referenced: [String]
  /// Variables that were looked up and not set, in order of first use.
  public var unset: [String]

  /// Creates a result.
  public init(value: String, words: [String], referenced: [String], unset: [String]) {
    self.value = value
    self.words = words
    self.referenced = referenced
    self.unset = unset
  }
}
