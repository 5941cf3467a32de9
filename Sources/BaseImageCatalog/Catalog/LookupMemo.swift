import Foundation

/// A thread-safe memo of a pure function's answers, cleared when it reaches `limit` entries.
final class LookupMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]
  private let limit: Int

  init(limit: Int = 4096) {
    self.limit = limit
  }

  /// The kept answer for `key`, or `compute`'s, kept for next time.
  func value(for key: Key, compute: () -> Value) -> Value {
    lock.lock()
    let known = values[key]
    lock.unlock()
    if let known { return known }
    let value = compute()
    lock.lock()
    if values.count >= limit { values.removeAll(keepingCapacity: true) }
    values[key] = value
    lock.unlock()
    return value
  }
}
