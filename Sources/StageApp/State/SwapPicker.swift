import StageAnalysis
import StageRender

/// The swap picker over one stage: the candidates, what is typed, and projections as they arrive.
public struct SwapPicker: Sendable {
  /// The stage whose base is being chosen.
  public var stage: Int
  /// What the stage's base is now.
  public var currentBase: String
  /// Every candidate, best first.
  public var choices: [SwapChoice]
  /// The reference or filter text typed.
  public var query: TextInputState
  /// The selected row among the visible ones.
  public var list: ListState
  /// Projected final image per choice key; absent while being computed.
  public var projections: [String: ByteFigure]
  /// A reason the typed text cannot be used, shown under the field.
  public var problem: String?
  /// Why the catalog offers no candidates, when it offers none.
  public var emptyReason: String?
  /// Findings for the reference typed, when it is not one of the choices.
  public var typedVerdicts: [SwapVerdict] = []

  /// A picker.
  public init(stage: Int, currentBase: String, choices: [SwapChoice]) {
    self.stage = stage
    self.currentBase = currentBase
    self.choices = choices
    self.query = TextInputState()
    self.list = ListState(selected: choices.isEmpty ? nil : 0)
    self.projections = [:]
    self.problem = nil
  }

  /// The rows shown: choices matching the text typed, and the typed reference itself when it is new.
  public var visibleChoices: [SwapChoice] {
    let text = query.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return choices }
    let lowered = text.lowercased()
    var rows = choices.filter { ($0.image ?? $0.relation).lowercased().contains(lowered) }
    if !choices.contains(where: { $0.image == text }) {
      rows.insert(SwapChoice(image: text, relation: "typed", verdicts: typedVerdicts), at: 0)
    }
    return rows
  }

  /// The selected row.
  public var selectedChoice: SwapChoice? {
    let rows = visibleChoices
    guard let index = list.selected, index < rows.count else { return rows.first }
    return rows[index]
  }
}
