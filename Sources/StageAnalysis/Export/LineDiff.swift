/// A shortest edit script between two sequences of lines (Myers, 1986).
///
/// Lines compare byte for byte, line endings included, so a changed `\r\n`
/// counts as a change. The greedy forward search keeps one frontier per edit
/// distance and walks them back to recover the script: O((N+M)·D) time, which
/// is nothing for Dockerfiles.
public struct LineDiff: Sendable {
  /// One step of the script.
  public enum Operation: Hashable, Sendable {
    /// Line `old` of the old text equals line `new` of the new text.
    case keep(old: Int, new: Int)
    /// Line `old` of the old text is removed.
    case delete(old: Int)
    /// Line `new` of the new text is added.
    case insert(new: Int)
  }

  /// The script, in order.
  public let operations: [Operation]

  /// The script turning `old` into `new`.
  public init(old: [[UInt8]], new: [[UInt8]]) {
    operations = Self.script(old, new)
  }

  /// Whether the two texts are the same.
  public var isEmpty: Bool {
    operations.allSatisfy { if case .keep = $0 { return true } else { return false } }
  }

  /// Splits bytes into lines, each keeping its `\n`; a final line without one is kept as it is.
  public static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      lines.append(Array(bytes[start...index]))
      start = index + 1
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    return lines
  }

  private static func script(_ old: [[UInt8]], _ new: [[UInt8]]) -> [Operation] {
    let n = old.count
    let m = new.count
    let maximum = n + m
    let offset = maximum + 1
    var frontier = [Int](repeating: 0, count: 2 * maximum + 3)
    var trace: [[Int]] = []
    search: for distance in 0...maximum {
      trace.append(frontier)
      for diagonal in stride(from: -distance, through: distance, by: 2) {
        var x: Int
        if diagonal == -distance
          || (diagonal != distance && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
        {
          x = frontier[offset + diagonal + 1]
        } else {
          x = frontier[offset + diagonal - 1] + 1
        }
        var y = x - diagonal
        while x < n, y < m, old[x] == new[y] {
          x += 1
          y += 1
        }
        frontier[offset + diagonal] = x
        if x >= n, y >= m { break search }
      }
    }
    var operations: [Operation] = []
    var x = n
    var y = m
    for distance in stride(from: trace.count - 1, through: 0, by: -1) {
      let previousFrontier = trace[distance]
      let diagonal = x - y
      let previousDiagonal: Int
      if diagonal == -distance
        || (diagonal != distance
          && previousFrontier[offset + diagonal - 1] < previousFrontier[offset + diagonal + 1])
      {
        previousDiagonal = diagonal + 1
      } else {
        previousDiagonal = diagonal - 1
      }
      let previousX = distance == 0 ? 0 : previousFrontier[offset + previousDiagonal]
      let previousY = distance == 0 ? 0 : previousX - previousDiagonal
      while x > previousX, y > previousY {
        x -= 1
        y -= 1
        operations.append(.keep(old: x, new: y))
      }
      if distance > 0 {
        if x == previousX {
          y -= 1
          operations.append(.insert(new: y))
        } else {
          x -= 1
          operations.append(.delete(old: x))
        }
      }
    }
    return operations.reversed()
  }
}
