import Dispatch
import Foundation
import Synchronization

/// Maps a function over an array on several threads, keeping the input order.
///
/// Workers claim indices from a shared counter, so one large file does not hold back a
/// thread's whole share. With one job (or one element) it runs on the calling thread.
enum ParallelMap {
  /// `transform` applied to every element, `jobs` at a time; results in input order.
  static func map<Element: Sendable, Output>(
    _ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Output
  ) -> [Output] {
    let workers = min(max(1, jobs), elements.count)
    guard workers > 1 else { return elements.map(transform) }
    let next = Atomic<Int>(0)
    let slots = Slots<Output>(count: elements.count)
    withoutActuallyEscaping(transform) { transform in
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard index < elements.count else { return }
          slots.store(transform(elements[index]), at: index)
        }
      }
    }
    return slots.values()
  }

  /// The default number of jobs: every active core.
  static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Result slots that worker threads fill, each index written by exactly one worker.
private final class Slots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  /// Stores the value for `index`; distinct indices may be stored from distinct threads at once.
  func store(_ value: Value, at index: Int) {
    storage[index] = value
  }

  /// Every stored value in index order, read after all workers have finished.
  func values() -> [Value] {
    storage.compactMap { $0 }
  }
}
