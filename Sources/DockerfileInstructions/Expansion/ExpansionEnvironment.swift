/// The variables visible to a word expansion, in BuildKit's `EnvGetter` sense.
///
/// Names compare exactly (BuildKit normalises keys only on Windows). A name
/// given twice keeps its last value, as `shell.EnvsFromSlice` does.
///
/// The variables are one array in the order they were first set. A stage rarely has
/// more than a handful, so a lookup scans them; past `indexThreshold` names a
/// dictionary from name to position keeps lookups constant-time.
public struct ExpansionEnvironment: Hashable, Sendable {
  private struct Entry: Hashable, Sendable {
    var name: String
    var value: String
  }

  /// How many variables are scanned before lookups go through `positions`.
  private static let indexThreshold = 16

  private var entries: [Entry]
  /// Name to position in `entries`; empty while there are at most `indexThreshold` entries.
  private var positions: [String: Int]

  /// An environment with no variables.
  public init() {
    entries = []
    positions = [:]
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

  /// Names in the order they were first given.
  public var names: [String] { entries.map(\.name) }

  /// The value of `name`, or nil when it is unset (an empty value is set).
  public func value(of name: String) -> String? {
    position(of: name).map { entries[$0].value }
  }

  /// Sets `name` to `value`, replacing an earlier value.
  public mutating func set(_ name: String, _ value: String) {
    if let position = position(of: name) {
      entries[position].value = value
      return
    }
    entries.append(Entry(name: name, value: value))
    if entries.count > Self.indexThreshold {
      if positions.isEmpty { rebuildPositions() } else { positions[name] = entries.count - 1 }
    }
  }

  /// Removes `name`.
  public mutating func remove(_ name: String) {
    guard let position = position(of: name) else { return }
    entries.remove(at: position)
    rebuildPositions()
  }

  /// Whether both hold the same names, in the same order, with the same values.
  public static func == (lhs: ExpansionEnvironment, rhs: ExpansionEnvironment) -> Bool {
    lhs.entries == rhs.entries
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(entries)
  }

  private func position(of name: String) -> Int? {
    if entries.count > Self.indexThreshold { return positions[name] }
    return entries.firstIndex { $0.name == name }
  }

  /// Indexes every entry when there are more than `indexThreshold`, none otherwise.
  private mutating func rebuildPositions() {
    positions = [:]
    guard entries.count > Self.indexThreshold else { return }
    positions.reserveCapacity(entries.count)
    for (position, entry) in entries.enumerated() { positions[entry.name] = position }
  }
}
