import StageAnalysis

/// One row of the layers pane: an instruction of the selected stage with its size, when known.
public struct LayerRow: Hashable, Sendable {
  /// The 1-based line the instruction starts on.
  public var line: Int
  /// The keyword in capitals.
  public var keyword: String
  /// The instruction as written, on one line.
  public var text: String
  /// Its size, when sizes are known.
  public var figure: ByteFigure?
  /// Whether it makes no filesystem layer.
  public var isEmptyLayer: Bool

  /// The rows of `stage` in the state's sort order, keeping those that match the filter (the `FROM` row always).
  public static func rows(for state: AppState) -> [LayerRow] {
    state.viewMemo.rows(rowsKey(state)) { makeRows(for: state) }
  }

  /// What the rows of `state` depend on.
  static func rowsKey(_ state: AppState) -> ViewMemo.RowsKey {
    ViewMemo.RowsKey(
      revision: state.document.revision, sizesGeneration: state.sizesGeneration, stage: state.selectedStage,
      filter: state.filter, sort: state.layerSort)
  }

  private static func makeRows(for state: AppState) -> [LayerRow] {
    let stageIndex = state.selectedStage
    var rows: [LayerRow]
    if let sizes = state.selectedStageSizes {
      rows = sizes.layers.map {
        LayerRow(
          line: $0.line, keyword: $0.keyword, text: oneLine($0.instruction), figure: $0.figure,
          isEmptyLayer: $0.isEmptyLayer)
      }
    } else if stageIndex < state.document.graph.stages.count {
      let stage = state.document.graph.stages[stageIndex]
      let from = stage.from.instruction
      rows = [LayerRow(line: from.startLine, keyword: "FROM", text: oneLine(from.original), figure: nil, isEmptyLayer: false)]
      rows += stage.commands.map {
        let instruction = $0.instruction.instruction
        return LayerRow(
          line: instruction.startLine, keyword: instruction.keyword.uppercased(), text: oneLine(instruction.original),
          figure: nil, isEmptyLayer: false)
      }
    } else {
      rows = []
    }
    let needle = state.filter.lowercased()
    if !needle.isEmpty {
      rows = rows.enumerated().filter { $0.offset == 0 || $0.element.text.lowercased().contains(needle) }.map(\.element)
    }
    guard state.layerSort == .size, rows.count > 1 else { return rows }
    let head = rows[0]
    let rest = rows.dropFirst().enumerated().sorted { lhs, rhs in
      let left = lhs.element.figure?.bytes ?? -1
      let right = rhs.element.figure?.bytes ?? -1
      return left != right ? left > right : lhs.offset < rhs.offset
    }.map(\.element)
    return [head] + rest
  }

  /// Whitespace runs (newlines of continuations and heredocs included) folded to single spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
