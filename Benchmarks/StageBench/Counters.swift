/// Per-index integers written by worker threads, each index by exactly one worker.
final class Counters: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Int>

  /// `count` zeroes.
  init(_ count: Int) {
    storage = .allocate(capacity: max(count, 1))
    storage.initialize(repeating: 0)
  }

  deinit {
    storage.deallocate()
  }

  /// Stores `value` at `index`; distinct indices may be set from distinct threads at once.
  func set(_ index: Int, _ value: Int) {
    storage[index] = value
  }

  /// The total, read after every worker has finished.
  var sum: Int { storage.reduce(0, +) }
}
