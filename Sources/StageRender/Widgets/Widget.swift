/// Something that draws itself into a rectangle of a cell buffer, styled by a theme.
public protocol Widget {
  /// Draws into `area` of `buffer`, touching no cell outside it.
  func render(in area: Rect, into buffer: inout CellBuffer, theme: Theme)
}
