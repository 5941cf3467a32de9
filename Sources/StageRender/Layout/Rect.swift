/// A rectangle of terminal cells: origin column/row and size, all in cells.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  /// A rectangle; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// One past the last column.
  public var maxX: Int { x + width }
  /// One past the last row.
  public var maxY: Int { y + height }
  /// Whether the rectangle covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// The number of cells covered.
  public var area: Int { width * height }

  public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }

  /// Whether the cell at (`column`, `row`) lies inside.
  public func contains(column: Int, row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// The overlap of the two rectangles (empty when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle shrunk by `margin` cells on every side.
  public func inset(by margin: Int) -> Rect {
    inset(horizontal: margin, vertical: margin)
  }

  /// The rectangle shrunk by separate horizontal and vertical margins.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
  }

  /// The rectangle moved by (`dx`, `dy`).
  public func offsetBy(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width, height: height)
  }

  /// A `width`×`height` rectangle centred in this one (clamped to fit).
  public func centered(width: Int, height: Int) -> Rect {
    let clampedWidth = min(width, self.width)
    let clampedHeight = min(height, self.height)
    return Rect(
      x: x + (self.width - clampedWidth) / 2, y: y + (self.height - clampedHeight) / 2,
      width: clampedWidth, height: clampedHeight)
  }
}
