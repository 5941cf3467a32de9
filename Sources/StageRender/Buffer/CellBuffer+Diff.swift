/// One cell to write to the screen.
public struct CellUpdate: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cell: Cell

  /// An update writing `cell` at (`x`, `y`).
  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}

extension CellBuffer {
  /// The cells that differ from `previous`, in row-major order, found in one pass.
  ///
  /// Continuation cells are never emitted: drawing a wide grapheme covers them. When the sizes
  /// differ every non-continuation cell is emitted.
  public func diff(from previous: CellBuffer) -> [CellUpdate] {
    var updates: [CellUpdate] = []
    let sameSize = previous.width == width && previous.height == height
    cells.withUnsafeBufferPointer { current in
      previous.cells.withUnsafeBufferPointer { old in
        for index in 0..<current.count {
          let cell = current[index]
          if sameSize && cell == old[index] { continue }
          if cell.isContinuation {
            continue
          }
          updates.append(CellUpdate(x: index % width, y: index / width, cell: cell))
        }
      }
    }
    return updates
  }
}
