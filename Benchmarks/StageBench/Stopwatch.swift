import Foundation

/// Monotonic wall-clock timing in nanoseconds.
enum Stopwatch {
  /// The monotonic clock now, in nanoseconds.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// How long `body` takes, in seconds.
  static func seconds(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return Double(now() - start) / 1e9
  }

  /// `runs` timings of `body`, in seconds.
  static func samples(runs: Int, _ body: () -> Void) -> Samples {
    Samples((0..<max(1, runs)).map { _ in seconds(body) })
  }
}

/// Repeated timings of one measurement, in seconds.
struct Samples {
  /// The timings, sorted ascending.
  let sorted: [Double]

  /// Samples from unsorted timings.
  init(_ values: [Double]) {
    sorted = values.sorted()
  }

  /// The fastest run: the least disturbed by other load on the machine.
  var min: Double { sorted.first ?? 0 }
  /// The median run.
  var median: Double { percentile(50) }
  /// The given percentile (nearest rank).
  func percentile(_ percent: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
  }
}

/// The process's peak resident memory so far, in bytes (getrusage; Linux reports KiB).
enum PeakMemory {
  /// This process's maximum resident set size.
  static func bytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }
}
