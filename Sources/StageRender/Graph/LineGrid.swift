/// A grid recording, per cell, which directions box-drawing lines leave in, so crossings and
/// junctions merge into the right glyph (`├`, `┼`, `┬`, …).
struct LineGrid: Sendable {
  static let up: UInt8 = 1
  static let down: UInt8 = 2
  static let left: UInt8 = 4
  static let right: UInt8 = 8
  /// Marks a cell taken by a box, an arrow head or a label.
  static let reserved: UInt8 = 16

  let width: Int
  let height: Int
  private(set) var bits: [UInt8]
  private(set) var kinds: [UInt8]
  /// For each cell, 1 + the index of the last edge drawn through it (0: none).
  private(set) var owners: [Int32]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    let count = self.width * self.height
    bits = [UInt8](repeating: 0, count: count)
    kinds = [UInt8](repeating: 0, count: count)
    owners = [Int32](repeating: 0, count: count)
  }

  func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  func directions(x: Int, y: Int) -> UInt8 {
    contains(x: x, y: y) ? bits[y * width + x] & 15 : 0
  }

  func isFree(x: Int, y: Int) -> Bool {
    contains(x: x, y: y) && bits[y * width + x] == 0
  }

  func isReserved(x: Int, y: Int) -> Bool {
    contains(x: x, y: y) && bits[y * width + x] & LineGrid.reserved != 0
  }

  mutating func reserve(x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    bits[y * width + x] |= LineGrid.reserved
  }

  private mutating func mark(x: Int, y: Int, _ direction: UInt8, kind: EdgeLineKind, owner: Int) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    bits[index] |= direction
    let current = kinds[index]
    kinds[index] = current == 0 || current == kind.rawValue ? kind.rawValue : EdgeLineKind.solid.rawValue
    owners[index] = Int32(owner + 1)
  }

  /// Draws an axis-aligned line from `start` to `end` (inclusive).
  mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), kind: EdgeLineKind, owner: Int) {
    if start.x == end.x {
      let low = min(start.y, end.y)
      let high = max(start.y, end.y)
      guard low < high else { return }
      for y in low...high {
        if y > low { mark(x: start.x, y: y, LineGrid.up, kind: kind, owner: owner) }
        if y < high { mark(x: start.x, y: y, LineGrid.down, kind: kind, owner: owner) }
      }
    } else if start.y == end.y {
      let low = min(start.x, end.x)
      let high = max(start.x, end.x)
      for x in low...high {
        if x > low { mark(x: x, y: start.y, LineGrid.left, kind: kind, owner: owner) }
        if x < high { mark(x: x, y: start.y, LineGrid.right, kind: kind, owner: owner) }
      }
    }
  }

  /// The edge kind drawn through a cell.
  func kind(x: Int, y: Int) -> EdgeLineKind {
    EdgeLineKind(rawValue: kinds[y * width + x]) ?? .solid
  }

  /// The index of the last edge drawn through a cell, if any.
  func owner(x: Int, y: Int) -> Int? {
    let value = owners[y * width + x]
    return value == 0 ? nil : Int(value) - 1
  }
}
