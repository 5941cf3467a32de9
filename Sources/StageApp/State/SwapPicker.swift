import StageAnalysis
import StageRender

/// The swap picker over one stage: the candidates, what is typed, and projections as they arrive.
public struct SwapPicker: Sendable {
  /// The stage whose base is being chosen.
  public var stage: Int
  /// What the stage's base is now.
  public var currentBase: String
  /// Every candidate: the catalog's order at first, smallest projected image first once all are projected.
  public var choices: [SwapChoice]
  /// The reference or filter text typed.
  public var query: TextInputState
  /// The selected row among the visible ones.
  public var list: ListState
  /// Projected final image per choice key (the size model's figure, measured records included).
  public var projections: [String: ByteFigure]
  /// Choice keys whose projection was asked for (answered or not).
  public var asked: Set<String> = []
  /// Choice keys whose projection was asked for and has not come back.
  public var pending: Set<String>
  /// The final image without the swap, sized with the same records as the projections (their deltas' base).
  public var unswapped: ByteFigure?
  /// A reason the typed text cannot be used, shown under the field.
  public var problem: String?
  /// Why the catalog offers no candidates, when it offers none.
  public var emptyReason: String?
  /// Whether the stage reaches the target only through `COPY --from`: its base is not in the final
  /// image, so the catalog's change of the base says nothing about the final size.
  public var isBuildStage = false
  /// Findings for the reference typed, when it is not one of the choices.
  public var typedVerdicts: [SwapVerdict] = []
  /// A typed reference waiting for the typing to pause before it is projected.
  public var typedWaiting: String?
  /// Ticks since the typed text last changed.
  public var quietTicks: Int = 0

  /// Ticks of quiet typing (100 ms each) before a typed reference is projected.
  public static let typingPause = 2

  /// A picker.
  public init(stage: Int, currentBase: String, choices: [SwapChoice]) {
    self.stage = stage
    self.currentBase = currentBase
    self.choices = choices
    self.query = TextInputState()
    self.list = ListState(selected: choices.isEmpty ? nil : 0)
    self.projections = [:]
    self.pending = []
    self.unswapped = nil
    self.problem = nil
  }

  /// The typed reference, trimmed, when it is not one of the choices.
  public var typedReference: String? {
    let text = query.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty, !choices.contains(where: { $0.image == text }) else { return nil }
    return text
  }

  /// The typed reference as a choice, when its projection was asked for (to project it again).
  public var typedChoices: [SwapChoice] {
    guard let typed = typedReference, asked.contains(typed) else { return [] }
    return [SwapChoice(image: typed, relation: "typed", verdicts: typedVerdicts)]
  }

  /// The rows shown: choices matching the text typed, and the typed reference itself when it is new.
  public var visibleChoices: [SwapChoice] {
    let text = query.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return choices }
    let lowered = text.lowercased()
    var rows = choices.filter { ($0.image ?? $0.relation).lowercased().contains(lowered) }
    if let typed = typedReference {
      rows.insert(SwapChoice(image: typed, relation: "typed", verdicts: typedVerdicts), at: 0)
    }
    return rows
  }

  /// The selected row.
  public var selectedChoice: SwapChoice? {
    let rows = visibleChoices
    guard let index = list.selected, index < rows.count else { return rows.first }
    return rows[index]
  }

  /// Whether a choice's projection is known to be missing: asked for, answered, and unknown or not computable.
  public func projectionProblem(for choice: SwapChoice) -> String? {
    guard !pending.contains(choice.key) else { return nil }
    if let figure = projections[choice.key] {
      return figure.isKnown ? nil : "projected size unknown: " + (figure.basis.isEmpty ? "no figure" : figure.basis)
    }
    return asked.contains(choice.key) ? "projected size unknown: the swap cannot be sized" : nil
  }

  /// Orders the choices by projected final image, smallest first (unknown last, the original base on top),
  /// keeping the selected row selected.
  mutating func sortByProjection() {
    let selectedKey = selectedChoice?.key
    let indexed = choices.enumerated().map { $0 }
    let sorted = indexed.sorted { lhs, rhs in
      let left = lhs.element
      let right = rhs.element
      if (left.image == nil) != (right.image == nil) { return left.image == nil }
      let leftBytes = projections[left.key].flatMap { $0.isKnown ? $0.bytes : nil }
      let rightBytes = projections[right.key].flatMap { $0.isKnown ? $0.bytes : nil }
      switch (leftBytes, rightBytes) {
      case (let l?, let r?) where l != r: return l < r
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.offset < rhs.offset
      }
    }
    choices = sorted.map(\.element)
    if let selectedKey, let index = visibleChoices.firstIndex(where: { $0.key == selectedKey }) {
      list = ListState(selected: index)
    }
  }
}
