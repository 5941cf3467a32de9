import StageAnalysis

/// Sizes many files at once, at most `jobs` at a time, keeping the order of the input.
enum ReportRunner {
  /// One file's outcome.
  enum Outcome: Sendable {
    case success(SizeReport)
    case failure(String)
  }

  /// Runs `work` for every file, `jobs` at a time; results come back in input order.
  static func run(
    _ files: [String], jobs: Int, _ work: @escaping @Sendable (String) async -> Outcome
  ) async -> [Outcome] {
    await withTaskGroup(of: (Int, Outcome).self) { group in
      var results = [Outcome?](repeating: nil, count: files.count)
      var next = 0
      while next < min(files.count, max(1, jobs)) {
        let index = next
        group.addTask { (index, await work(files[index])) }
        next += 1
      }
      while let (index, outcome) = await group.next() {
        results[index] = outcome
        if next < files.count {
          let upcoming = next
          group.addTask { (upcoming, await work(files[upcoming])) }
          next += 1
        }
      }
      return results.compactMap { $0 }
    }
  }
}
