import Foundation
import StageRender

/// What the view and the key handling derive from the state, kept while its inputs are unchanged.
///
/// A keystroke usually moves one selection: the rows of the selected stage (sorted, filtered) and
/// the wrapped text of the detail pane are reused from the previous frame instead of being rebuilt
/// every frame. Copies of a state share the memo; each entry is keyed by everything it is computed
/// from, so a copy never sees a value that does not belong to it.
final class ViewMemo: @unchecked Sendable {
  /// What the layer rows depend on.
  struct RowsKey: Hashable {
    var revision: Int
    var sizesGeneration: Int
    var stage: Int
    var filter: String
    var sort: LayerSort
  }

  /// What the detail pane's wrapped lines depend on.
  struct DetailKey: Hashable {
    var rows: RowsKey
    var showsInstruction: Bool
    var selectedRow: Int?
    var width: Int
  }

  private let lock = NSLock()
  private var rows: (key: RowsKey, value: [LayerRow])?
  private var detail: (key: DetailKey, value: [Line])?

  /// The rows for `key`, computed by `make` when they are not kept.
  func rows(_ key: RowsKey, _ make: () -> [LayerRow]) -> [LayerRow] {
    if let kept = locked({ rows }), kept.key == key { return kept.value }
    let value = make()
    locked { rows = (key, value) }
    return value
  }

  /// The detail pane's wrapped lines for `key`, computed by `make` when they are not kept.
  func detail(_ key: DetailKey, _ make: () -> [Line]) -> [Line] {
    if let kept = locked({ detail }), kept.key == key { return kept.value }
    let value = make()
    locked { detail = (key, value) }
    return value
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}
