import Dispatch
import Synchronization

/// Runs a closure over indices on several threads; workers claim indices from a shared counter.
enum WorkerPool {
  /// Calls `body` once for every index in `0..<count`, on up to `jobs` threads.
  static func forEach(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
    let workers = min(max(1, jobs), count)
    guard workers > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    let next = Atomic<Int>(0)
    withoutActuallyEscaping(body) { body in
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard index < count else { return }
          body(index)
        }
      }
    }
  }
}
