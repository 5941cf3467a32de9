/// The variables visible to a word expansion, in BuildKit's `EnvGetter` sense.
///
/// Names compare exactly (BuildKit normalises keys only on Windows). A name
/// given twice keeps its last value, as `shell.EnvsFromSlice` does.
public struct ExpansionEnvironment: Hashable, Sendable {
  private var values: [String: String]
  /// Names in the order they were first given.
  public private(set) var names: [String]

  /// An environment with no variables.
  public init() {
    values = [:]
    names = []
  }

  /// An environment from `(name, value)` pairs; later pairs win.
  public init<S: Sequence>(_ pairs: S) where S.Element == (String, String) {
    self.init()
    for (name, value) in pairs { set(name, value) }
  }

  /// An environment from `NAME=value` strings; a string without `=` sets an empty value.
  public init(assignments: [String]) {
    self.init()
    for assignment in assignments {
      if let equals = assignment.firstIndex(of: "=") {
        set(String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
      } else {
        set(assignment, "")
      }
    }
  }

  /// The value of `name`, or nil when it is unset (an empty value is set).
  public func value(of name: String) -> String? {
    values[name]
  }

  /// Sets `name` to `value`, replacing an earlier value.
  public mutating func set(_ name: String, _ value: String) {
    if values.updateValue(value, forKey: name) == nil { names.append(name) }
  }

  /// Removes `name`.
  public mutating func remove(_ name: String) {
    if values.removeValue(forKey: name) != nil { names.removeAll { $0 == name } }
  }
}
