/// The selection and scroll position of a list or table.
public struct ListState: Hashable, Sendable {
  /// The selected row, or nil.
  public var selected: Int?
  /// The first row shown.
  public var offset: Int

  /// A state.
  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// The state with the offset moved the least needed to keep the selection among `visibleRows` rows of
  /// `count`.
  public func scrolledToSelection(visibleRows: Int, count: Int) -> ListState {
    var result = self
    if let selected {
      result.selected = max(0, min(selected, count - 1))
    }
    guard visibleRows > 0, count > 0 else {
      result.offset = 0
      return result
    }
    var offset = max(0, min(offset, count - visibleRows))
    if let selected = result.selected {
      if selected < offset { offset = selected }
      if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
    }
    result.offset = offset
    return result
  }

  /// The state with the selection moved by `delta` rows, clamped to `count`.
  public func moved(by delta: Int, count: Int) -> ListState {
    guard count > 0 else { return ListState(selected: nil, offset: 0) }
    let current = selected ?? (delta > 0 ? -1 : count)
    return ListState(selected: max(0, min(count - 1, current + delta)), offset: offset)
  }
}
