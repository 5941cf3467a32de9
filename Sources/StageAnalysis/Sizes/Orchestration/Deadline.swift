import Foundation

/// Runs an async operation with a deadline, returning nil when the deadline passes first.
///
/// The operation is not awaited past the deadline (it is cancelled and left to finish on its
/// own), so a source that ignores cancellation cannot hold up a report.
enum Deadline {
  static func run<Value: Sendable>(
    _ timeout: Duration, _ operation: @escaping @Sendable () async -> Value
  ) async -> Value? {
    let gate = Gate<Value>()
    return await withCheckedContinuation { continuation in
      gate.install(continuation)
      let timer = Task {
        try? await Task.sleep(for: timeout)
        return gate.resume(with: nil)
      }
      Task {
        let value = await operation()
        if gate.resume(with: value) { timer.cancel() }
      }
    }
  }

  /// Resumes a continuation exactly once.
  private final class Gate<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, Never>?
    private var pending: Value??

    func install(_ continuation: CheckedContinuation<Value?, Never>) {
      lock.lock()
      if let pending {
        lock.unlock()
        continuation.resume(returning: pending)
        return
      }
      self.continuation = continuation
      lock.unlock()
    }

    /// Resumes with `value` unless already resumed; true when this call resumed.
    @discardableResult
    func resume(with value: Value?) -> Bool {
      lock.lock()
      guard pending == nil else {
        lock.unlock()
        return false
      }
      pending = .some(value)
      let waiting = continuation
      continuation = nil
      lock.unlock()
      waiting?.resume(returning: value)
      return true
    }
  }
}
