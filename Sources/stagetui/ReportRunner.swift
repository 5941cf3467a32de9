import StageAnalysis
import Synchronization

/// Sizes many files at once, at most `jobs` at a time, keeping the order of the input.
enum ReportRunner {
  /// One file's outcome.
  enum Outcome: Sendable {
    case success(SizeReport)
    case failure(String)
  }

  /// Runs `work` for every file, `jobs` at a time; results come back in input order.
  ///
  /// Each of the `jobs` tasks claims the next file from a shared counter until none is left,
  /// so one large file does not hold back a task's whole share, and a monorepo's thousands of
  /// files cost `jobs` task hand-offs instead of one per file.
  static func run(
    _ files: [String], jobs: Int, _ work: @escaping @Sendable (String) async -> Outcome
  ) async -> [Outcome] {
    let claims = Claims(count: files.count)
    return await withTaskGroup(of: [(Int, Outcome)].self) { group in
      for _ in 0..<min(files.count, max(1, jobs)) {
        group.addTask {
          var done: [(Int, Outcome)] = []
          while let index = claims.next() {
            done.append((index, await work(files[index])))
          }
          return done
        }
      }
      var results = [Outcome?](repeating: nil, count: files.count)
      for await batch in group {
        for (index, outcome) in batch { results[index] = outcome }
      }
      return results.compactMap { $0 }
    }
  }

  /// Hands out the indices below `count`, each once, to any number of tasks.
  private final class Claims: Sendable {
    private let count: Int
    private let claimed = Atomic<Int>(0)

    init(count: Int) {
      self.count = count
    }

    /// The next unclaimed index, or nil when every index is taken.
    func next() -> Int? {
      let index = claimed.wrappingAdd(1, ordering: .relaxed).oldValue
      return index < count ? index : nil
    }
  }
}
