import DockerfileSyntax

/// Parse throughput over a corpus: the lossless syntax tree, diagnostics included.
struct ParseBenchmark {
  var corpus: Corpus
  var runs: Int
  var jobs: Int

  /// Parses every file once on `jobs` threads; returns the number of instructions (kept so the
  /// work cannot be optimised away).
  static func parseAll(_ corpus: Corpus, jobs: Int) -> Int {
    let counts = Counters(corpus.files.count)
    WorkerPool.forEach(corpus.files.count, jobs: jobs) { index in
      counts.set(index, Dockerfile.parse(corpus.files[index].bytes).instructions.count)
    }
    return counts.sum
  }

  func run() -> [BenchResult] {
    _ = Self.parseAll(corpus, jobs: 1)
    var results: [BenchResult] = []
    let detail = "\(corpus.files.count) files, \(BenchResult.format(corpus.megabytes)) MB"
    for threads in Set([1, jobs]).sorted() {
      let samples = Stopwatch.samples(runs: runs) { _ = Self.parseAll(corpus, jobs: threads) }
      let label = threads == 1 ? "single thread" : "--jobs \(threads)"
      results.append(
        BenchResult(
          section: "parse", name: "corpus, \(label), min", value: samples.min * 1000, unit: "ms",
          detail: detail + ", median \(BenchResult.format(samples.median * 1000)) ms"))
      results.append(
        BenchResult(
          section: "parse", name: "throughput, \(label), best wall", value: corpus.megabytes / samples.min,
          unit: "MB/s",
          detail: "median \(BenchResult.format(corpus.megabytes / samples.median)) MB/s, "
            + "\(Int(Double(corpus.files.count) / samples.min)) files/s"))
      if threads == 1 {
        results.append(
          BenchResult(
            section: "parse", name: "throughput, single thread, CPU time",
            value: corpus.megabytes / samples.cpu.min,
            unit: "MB/s",
            detail: "best of \(runs); \(BenchResult.format(samples.cpu.min * 1000)) ms, "
              + "\(Int(Double(corpus.files.count) / samples.cpu.min)) files/s",
            goal: .atLeast(100)))
      }
    }
    return results
  }
}
