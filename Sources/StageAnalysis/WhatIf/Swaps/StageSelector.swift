/// A stage named on the command line: by its `AS` name or by its index.
///
/// BuildKit stage names start with a letter, so text of digits only is always an index.
public enum StageSelector: Hashable, Sendable, CustomStringConvertible {
  /// `COPY --from=0` style.
  case index(Int)
  /// `AS builder` style (compared case-insensitively, as BuildKit does).
  case name(String)

  /// Reads `text` as an index when it is all digits, as a name otherwise.
  public init(_ text: String) {
    if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let index = Int(text) {
      self = .index(index)
    } else {
      self = .name(text)
    }
  }

  public var description: String {
    switch self {
    case .index(let index): return String(index)
    case .name(let name): return name
    }
  }

  /// The stage index this selector picks in `graph`.
  public func resolve(in graph: StageGraph) throws(SwapError) -> Int {
    switch self {
    case .index(let index):
      guard graph.stages.indices.contains(index) else {
        throw SwapError.stageIndexOutOfRange(index, count: graph.stages.count)
      }
      return index
    case .name(let name):
      guard let stage = graph.stage(named: name) else {
        throw SwapError.unknownStage(name, known: graph.stages.compactMap(\.writtenName))
      }
      return stage.index
    }
  }

  /// Splits `STAGE=IMAGE` at the first `=`.
  public static func parseAssignment(_ text: String) throws(SwapError) -> (stage: StageSelector, value: String) {
    guard let equals = text.firstIndex(of: "=") else { throw SwapError.malformedAssignment(text) }
    let stage = String(text[..<equals])
    let value = String(text[text.index(after: equals)...])
    guard !stage.isEmpty, !value.isEmpty else { throw SwapError.malformedAssignment(text) }
    return (StageSelector(stage), value)
  }
}
