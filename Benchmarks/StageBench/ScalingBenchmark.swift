import Foundation
import StageAnalysis

/// Cost against input size: the corpus repeated 1×, 10× and 100× (many files), and one
/// generated file grown 1×, 10× and 100× (one file, more stages); time per MB should stay flat.
///
/// Figures are the calling thread's CPU time (best of the runs), which other load on the machine
/// does not inflate; the wall clock is in the detail. Every step is measured warm — at least
/// two runs, the best kept — so a large step is not charged for first-touch page faults that a
/// small step's repeated runs never pay.
struct ScalingBenchmark {
  var corpus: Corpus
  var runs: Int

  /// Above this, the next (10× larger) step is skipped and said so.
  static let stepBudget = 5.0

  func run() -> [BenchResult] {
    var results: [BenchResult] = []
    for times in [1, 10, 100] {
      let input = corpus.repeated(times)
      let samples = Stopwatch.samples(runs: Self.runs(runs, times: times)) {
        _ = ParseBenchmark.parseAll(input, jobs: 1)
      }
      results.append(
        BenchResult(
          section: "scaling", name: "parse corpus ×\(times)", value: samples.cpu.min * 1000 / input.megabytes,
          unit: "ms/MB",
          detail:
            "\(BenchResult.format(input.megabytes)) MB in \(BenchResult.format(samples.cpu.min * 1000)) ms CPU, "
            + "\(BenchResult.format(samples.min * 1000)) ms wall"))
    }
    let context = AnalysisBenchmark.context()
    var lastAnalysis = 0.0
    var perMegabyte: [String: [Double]] = [:]
    for times in [1, 10, 100] {
      let file = CorpusGenerator.large(lines: 1_000 * times, stages: 20 * times)
      let megabytes = Double(file.bytes.count) / 1e6
      results += peakMemory(file, times: times)
      let single = Corpus(origin: file.name, files: [file])
      let parse = Stopwatch.samples(runs: Self.runs(runs, times: times) + 1) {
        _ = ParseBenchmark.parseAll(single, jobs: 1)
      }
      perMegabyte["parse", default: []].append(parse.cpu.min * 1000 / megabytes)
      results.append(
        BenchResult(
          section: "scaling", name: "parse one file ×\(times) (\(1_000 * times) lines, \(20 * times) stages)",
          value: parse.cpu.min * 1000 / megabytes, unit: "ms/MB",
          detail: "\(BenchResult.format(megabytes)) MB in \(BenchResult.format(parse.cpu.min * 1000)) ms CPU")
      )
      guard lastAnalysis < Self.stepBudget else {
        results.append(
          BenchResult(
            section: "scaling", name: "analyse one file ×\(times)", value: .nan, unit: "ms/MB",
            detail: "skipped: the previous step took \(BenchResult.format(lastAnalysis)) s"))
        continue
      }
      let analysis = Stopwatch.samples(runs: Self.runs(runs, times: times)) {
        _ = AnalysisBenchmark.analyse(file.bytes, model: SizeModel(), context: context)
      }
      lastAnalysis = analysis.cpu.min
      perMegabyte["analysis", default: []].append(analysis.cpu.min * 1000 / megabytes)
      results.append(
        BenchResult(
          section: "scaling", name: "analyse one file ×\(times) (\(20 * times) stages)",
          value: analysis.cpu.min * 1000 / megabytes, unit: "ms/MB",
          detail:
            "\(BenchResult.format(megabytes)) MB in \(BenchResult.format(analysis.cpu.min * 1000)) ms CPU"))
    }
    for section in ["parse", "analysis"] {
      guard let steps = perMegabyte[section], steps.count == 3, steps[0] > 0 else { continue }
      results.append(
        BenchResult(
          section: "scaling", name: "\(section) one file, cost per MB ×100 / ×1", value: steps[2] / steps[0], unit: "×",
          detail: "1.0 is linear; ×10 / ×1 is \(BenchResult.format(steps[1] / steps[0]))"))
    }
    return results
  }

  /// Runs for a step `times` larger than the first: fewer as the input grows, never below two.
  private static func runs(_ runs: Int, times: Int) -> Int {
    max(2, runs / times + 1)
  }

  /// Peak RSS of parsing, then of analysing, the file alone in a fresh process.
  private func peakMemory(_ file: Corpus.File, times: Int) -> [BenchResult] {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stagetui-bench-\(ProcessInfo.processInfo.processIdentifier)-\(times)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("Dockerfile")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(file.bytes).write(to: path)
    } catch {
      return []
    }
    var results: [BenchResult] = []
    for kind in [MemoryProbe.Kind.parse, .analysis] {
      guard let peak = MemoryProbe.measure(kind, files: [path.path]) else { continue }
      results.append(
        BenchResult(
          section: "scaling", name: "peak RSS, \(kind.rawValue) one file ×\(times)",
          value: Double(peak) / 1_048_576, unit: "MiB",
          detail: "fresh process; input \(BenchResult.format(Double(file.bytes.count) / 1e6)) MB"))
    }
    return results
  }
}
