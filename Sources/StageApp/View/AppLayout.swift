import StageRender

/// Where each pane goes for a terminal size; `update` uses it for mouse clicks and page sizes.
public struct AppLayout: Hashable, Sendable {
  /// The smallest terminal the panes fit in.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  public var graph: Rect
  public var layers: Rect
  public var detail: Rect
  public var status: Rect

  /// The layout for a `width`×`height` terminal (side by side from 110 columns, stacked below).
  public init(width: Int, height: Int) {
    let screen = Rect(x: 0, y: 0, width: width, height: height)
    let rows = screen.split(.vertical, [.fill(1), .fixed(1)])
    status = rows[1]
    if width >= 110 {
      let columns = rows[0].split(.horizontal, [.percent(50), .fill(1)])
      graph = columns[0]
      let right = columns[1].split(.vertical, [.percent(58), .fill(1)])
      layers = right[0]
      detail = right[1]
    } else {
      let parts = rows[0].split(.vertical, [.percent(42), .percent(36), .fill(1)])
      graph = parts[0]
      layers = parts[1]
      detail = parts[2]
    }
  }

  /// Whether the terminal is too small to draw the panes.
  public static func isTooSmall(width: Int, height: Int) -> Bool {
    width < minimumWidth || height < minimumHeight
  }

  /// The rectangle of a pane.
  public func rect(of pane: Pane) -> Rect {
    switch pane {
    case .graph: graph
    case .layers: layers
    case .detail: detail
    }
  }
}
