/// Hands out ncurses colour pairs, one per (foreground, background), creating them on first use.
///
/// Pair 0 is the terminal default and is never created. When every pair is taken, further
/// combinations fall back to pair 0 rather than recolour cells already on screen.
struct ColorPairCache {
  /// Creates a pair in the terminal; returns false on failure.
  typealias PairInitializer = (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool

  private var pairs: [Int64: Int32] = [:]
  private var nextPair: Int32 = 1
  /// How many pairs the terminal has (`COLOR_PAIRS`).
  let capacity: Int32
  private let initialize: PairInitializer

  /// A cache for a terminal with `capacity` pairs.
  init(capacity: Int32, initialize: @escaping PairInitializer) {
    self.capacity = capacity
    self.initialize = initialize
  }

  /// Pairs created so far.
  var count: Int { pairs.count }

  /// The pair showing `foreground` on `background` (ncurses colour numbers, -1 for the default).
  mutating func pair(foreground: Int32, background: Int32) -> Int32 {
    if foreground == -1 && background == -1 { return 0 }
    let key = Int64(foreground) << 32 | Int64(UInt32(bitPattern: background))
    if let existing = pairs[key] { return existing }
    guard nextPair < capacity, initialize(nextPair, foreground, background) else { return 0 }
    pairs[key] = nextPair
    nextPair += 1
    return pairs[key] ?? 0
  }
}
