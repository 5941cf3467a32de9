import Foundation

/// Monotonic wall-clock timing in nanoseconds.
enum Stopwatch {
  /// The monotonic clock now, in nanoseconds.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// The CPU time this thread has used, in nanoseconds.
  static func threadCPU() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// How long `body` takes, in seconds: wall clock, and CPU time of the calling thread.
  ///
  /// On a loaded machine the wall clock also counts the time other processes held the core;
  /// the thread's CPU time does not, so it is the better figure for single-threaded work.
  static func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let start = now()
    let startCPU = threadCPU()
    body()
    let cpu = threadCPU() - startCPU
    return (Double(now() - start) / 1e9, Double(cpu) / 1e9)
  }

  /// How long `body` takes on the wall clock, in seconds.
  static func seconds(_ body: () -> Void) -> Double {
    measure(body).wall
  }

  /// `runs` timings of `body`, in seconds.
  static func samples(runs: Int, _ body: () -> Void) -> Samples {
    let timings = (0..<max(1, runs)).map { _ in measure(body) }
    return Samples(timings.map(\.wall), cpu: timings.map(\.cpu))
  }
}

/// Repeated timings of one measurement, in seconds.
struct Samples {
  /// The wall-clock timings, sorted ascending.
  let sorted: [Double]
  /// The calling thread's CPU times, sorted ascending (only meaningful for single-threaded work).
  let cpu: Samples.CPU

  /// CPU times of the same runs.
  struct CPU {
    let sorted: [Double]
    var min: Double { sorted.first ?? 0 }
    var median: Double { sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2] }
    func percentile(_ percent: Double) -> Double { Samples.rank(sorted, percent) }
  }

  /// Samples from unsorted timings.
  init(_ values: [Double], cpu: [Double] = []) {
    sorted = values.sorted()
    self.cpu = CPU(sorted: cpu.sorted())
  }

  /// The nearest-rank percentile of sorted values.
  static func rank(_ sorted: [Double], _ percent: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
  }

  /// The fastest run: the least disturbed by other load on the machine.
  var min: Double { sorted.first ?? 0 }
  /// The median run.
  var median: Double { percentile(50) }
  /// The given percentile (nearest rank).
  func percentile(_ percent: Double) -> Double {
    Samples.rank(sorted, percent)
  }
}

/// The process's peak resident memory so far, in bytes.
///
/// Linux keeps `ru_maxrss` across `execve`, so a child started by a large parent would report the
/// parent's peak; `VmHWM` in `/proc/self/status` belongs to this process image alone and is read
/// first, getrusage only where `/proc` is missing.
enum PeakMemory {
  /// This process's maximum resident set size.
  static func bytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    {
      return kilobytes * 1024
    }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }
}
