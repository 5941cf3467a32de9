/// How much of an axis one part of a split takes.
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells (less if the space runs out).
  case fixed(Int)
  /// This percentage of the whole axis, rounded down.
  case percent(Int)
  /// A share, by weight, of what the fixed and percent parts leave.
  case fill(Int)
}

/// The direction along which a rectangle is split.
public enum Axis: Hashable, Sendable {
  /// Side by side, left to right.
  case horizontal
  /// Stacked, top to bottom.
  case vertical
}

extension Rect {
  /// Splits this rectangle along `axis` into one part per constraint, in order, without overlap.
  public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .horizontal ? width : height
    var sizes = [Int](repeating: 0, count: constraints.count)
    var remaining = total
    for (index, constraint) in constraints.enumerated() {
      switch constraint {
      case .fixed(let cells):
        sizes[index] = min(max(0, cells), remaining)
      case .percent(let percent):
        sizes[index] = min(max(0, total * min(percent, 100) / 100), remaining)
      case .fill:
        continue
      }
      remaining -= sizes[index]
    }
    let fills = constraints.enumerated().compactMap { entry -> (Int, Int)? in
      if case .fill(let weight) = entry.element { return (entry.offset, max(0, weight)) }
      return nil
    }
    let totalWeight = fills.reduce(0) { $0 + $1.1 }
    if totalWeight > 0 {
      var handedOut = 0
      for (position, fill) in fills.enumerated() {
        let share =
          position == fills.count - 1 ? remaining - handedOut : remaining * fill.1 / totalWeight
        sizes[fill.0] = share
        handedOut += share
      }
    }
    var cursor = axis == .horizontal ? x : y
    return sizes.map { size in
      defer { cursor += size }
      switch axis {
      case .horizontal: return Rect(x: cursor, y: y, width: size, height: height)
      case .vertical: return Rect(x: x, y: cursor, width: width, height: size)
      }
    }
  }
}
