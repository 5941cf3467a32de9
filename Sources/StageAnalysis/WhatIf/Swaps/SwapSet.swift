/// Several base swaps at once, at most one per stage, with undo and redo.
///
/// Every change (`set`, `remove`, `clear`) records the previous state, so
/// `undo` walks back one change at a time and `redo` replays it; a new change
/// after an undo drops the redo history, as editors do.
public struct SwapSet: Hashable, Sendable {
  /// The swaps by stage index.
  public private(set) var byStage: [Int: BaseImageSwap]
  private var past: [[Int: BaseImageSwap]] = []
  private var future: [[Int: BaseImageSwap]] = []

  /// An empty set, or one holding `swaps` (a later swap of the same stage wins) with no history.
  public init(_ swaps: [BaseImageSwap] = []) {
    var byStage: [Int: BaseImageSwap] = [:]
    for swap in swaps { byStage[swap.stage] = swap }
    self.byStage = byStage
  }

  /// The swaps in stage order.
  public var swaps: [BaseImageSwap] {
    byStage.keys.sorted().compactMap { byStage[$0] }
  }

  /// Whether no stage is swapped.
  public var isEmpty: Bool { byStage.isEmpty }

  /// The swap of `stage`, if any.
  public subscript(stage: Int) -> BaseImageSwap? { byStage[stage] }

  /// Whether `undo()` would change something.
  public var canUndo: Bool { !past.isEmpty }

  /// Whether `redo()` would change something.
  public var canRedo: Bool { !future.isEmpty }

  /// Swaps a stage's base, replacing an earlier swap of the same stage.
  public mutating func set(_ swap: BaseImageSwap) {
    guard byStage[swap.stage] != swap else { return }
    record()
    byStage[swap.stage] = swap
  }

  /// Puts a stage's original base back.
  public mutating func remove(stage: Int) {
    guard byStage[stage] != nil else { return }
    record()
    byStage[stage] = nil
  }

  /// Drops every swap.
  public mutating func clear() {
    guard !byStage.isEmpty else { return }
    record()
    byStage = [:]
  }

  /// Goes back one change; returns false when there is nothing to undo.
  @discardableResult
  public mutating func undo() -> Bool {
    guard let previous = past.popLast() else { return false }
    future.append(byStage)
    byStage = previous
    return true
  }

  /// Replays the last undone change; returns false when there is nothing to redo.
  @discardableResult
  public mutating func redo() -> Bool {
    guard let next = future.popLast() else { return false }
    past.append(byStage)
    byStage = next
    return true
  }

  private mutating func record() {
    past.append(byStage)
    future.removeAll()
  }
}
