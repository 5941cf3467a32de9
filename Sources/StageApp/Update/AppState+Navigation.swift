import StageRender

extension AppState {
  /// Moves within the focused pane.
  mutating func navigate(_ action: KeyAction) {
    switch focus {
    case .graph:
      switch action {
      case .up: moveInGraph(dx: 0, dy: -1)
      case .down: moveInGraph(dx: 0, dy: 1)
      case .left: moveInGraph(dx: -1, dy: 0)
      case .right: moveInGraph(dx: 1, dy: 0)
      case .select: focus = .layers
      default: break
      }
    case .layers:
      let count = LayerRow.rows(for: self).count
      let page = max(1, AppLayout(width: width, height: height).layers.height - 4)
      switch action {
      case .up: layerList = layerList.moved(by: -1, count: count)
      case .down: layerList = layerList.moved(by: 1, count: count)
      case .pageUp: layerList = layerList.moved(by: -page, count: count)
      case .pageDown: layerList = layerList.moved(by: page, count: count)
      case .top: layerList = ListState(selected: 0)
      case .bottom: layerList = ListState(selected: max(0, count - 1))
      case .left: selectStage(selectedStage - 1)
      case .right: selectStage(selectedStage + 1)
      case .toggleSort:
        layerSort = layerSort.toggled
        layerList = ListState(selected: 0)
      case .select: focus = .detail
      default: break
      }
      detailScroll = 0
    case .detail:
      let page = max(1, AppLayout(width: width, height: height).detail.height - 2)
      switch action {
      case .up: detailScroll = max(0, detailScroll - 1)
      case .down: detailScroll += 1
      case .pageUp: detailScroll = max(0, detailScroll - page)
      case .pageDown: detailScroll += page
      default: break
      }
    }
  }

  /// Selects stage `index` (clamped), resetting the layer selection.
  mutating func selectStage(_ index: Int) {
    let clamped = max(0, min(index, document.graph.stages.count - 1))
    guard clamped != selectedStage else { return }
    selectedStage = clamped
    layerList = ListState(selected: 0)
    detailScroll = 0
    revealSelection()
  }

  /// Selects the nearest stage box in a direction, by the boxes' centres in the layout.
  mutating func moveInGraph(dx: Int, dy: Int) {
    guard let layout = graphCache?.layout,
      let current = layout.rect(of: AppState.nodeID(stage: selectedStage))
    else { return }
    let origin = (x: current.x + current.width / 2, y: current.y + current.height / 2)
    var best: (index: Int, score: Int)?
    for index in document.graph.stages.indices where index != selectedStage {
      guard let rect = layout.rect(of: AppState.nodeID(stage: index)) else { continue }
      let centre = (x: rect.x + rect.width / 2, y: rect.y + rect.height / 2)
      let along = dx != 0 ? (centre.x - origin.x) * dx : (centre.y - origin.y) * dy
      let across = dx != 0 ? abs(centre.y - origin.y) : abs(centre.x - origin.x)
      guard along > 0 else { continue }
      let score = along + across * 2
      if best == nil || score < best?.score ?? Int.max { best = (index, score) }
    }
    if let best { selectStage(best.index) }
  }

  /// Selects what was clicked: a stage box in the graph, a row in the layers pane; focuses the pane.
  mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
    guard overlay.keyContext == nil, !AppLayout.isTooSmall(width: width, height: height) else { return [] }
    let panes = AppLayout(width: width, height: height)
    switch event.action {
    case .press(.left):
      if panes.graph.contains(column: event.column, row: event.row) {
        focus = .graph
        let inner = panes.graph.inset(by: 1)
        let x = event.column - inner.x + graphScrollX
        let y = event.row - inner.y + graphScrollY
        if let node = graphCache?.layout.node(atX: x, y: y), node.id.hasPrefix("stage:"),
          let index = Int(node.id.dropFirst("stage:".count))
        {
          selectStage(index)
        }
      } else if panes.layers.contains(column: event.column, row: event.row) {
        focus = .layers
        let count = LayerRow.rows(for: self).count
        let body = panes.layers.inset(by: 1)
        let visible = layerList.scrolledToSelection(visibleRows: max(0, body.height - 2), count: count)
        let index = visible.offset + event.row - body.y - 1
        if index >= 0 && index < count { layerList = ListState(selected: index, offset: visible.offset) }
      } else if panes.detail.contains(column: event.column, row: event.row) {
        focus = .detail
      }
    case .wheelUp:
      navigate(.up)
    case .wheelDown:
      navigate(.down)
    default:
      break
    }
    return []
  }
}
