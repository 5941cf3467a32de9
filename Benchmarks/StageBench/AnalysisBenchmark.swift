import DockerfileSyntax
import StageAnalysis

/// Full analysis throughput: parse, typed instruction pass, stage graph with variables and
/// target reachability, then per-layer sizes against an in-memory build context.
struct AnalysisBenchmark {
  var corpus: Corpus
  var runs: Int
  var jobs: Int

  /// A build context like a small application's: manifests, sources, a `.dockerignore`.
  static func context() -> InMemoryBuildContext {
    var context = InMemoryBuildContext()
    context.addFile(".dockerignore", "node_modules\n.git\n*.log\n")
    context.addFile("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}\n")
    context.addFile("package-lock.json", String(repeating: "{\"lockfileVersion\": 3}\n", count: 200))
    context.addFile("go.mod", "module example.com/app\n\ngo 1.22\n")
    context.addFile("go.sum", String(repeating: "example.com/dep v1.0.0 h1:abc=\n", count: 50))
    for index in 0..<40 {
      context.add("src/module\(index)/index.ts", .sizedFile(Int64(2_000 + index * 97)))
      context.add("cmd/app/file\(index).go", .sizedFile(Int64(1_500 + index * 53)))
    }
    context.add("node_modules/left-pad/index.js", .sizedFile(10_000))
    context.add("app.log", .sizedFile(1_000_000))
    return context
  }

  /// Analyses one file completely; returns the number of sized layers.
  ///
  /// The file gets the context with a memory of its own, as each Dockerfile of a monorepo
  /// has its own directory: nothing measured for one file answers for another.
  static func analyse(_ bytes: [UInt8], model: SizeModel, context: InMemoryBuildContext) -> Int {
    let dockerfile = Dockerfile.parse(bytes)
    let graph = StageGraph(dockerfile: dockerfile)
    let report = model.report(
      graph: graph, file: "Dockerfile", context: context.withNewMemory(), escapeToken: dockerfile.escapeToken)
    return report.stages.reduce(0) { $0 + $1.layers.count }
  }

  /// Analyses every file on `jobs` threads with one model, as `stagetui report` does: what the
  /// model keeps (base and install figures) serves later files of the same run. Pass a new
  /// model per run, or later runs are answered from what earlier runs kept.
  static func analyseAll(_ corpus: Corpus, jobs: Int, model: SizeModel, context: InMemoryBuildContext) -> Int
  {
    let counts = Counters(corpus.files.count)
    WorkerPool.forEach(corpus.files.count, jobs: jobs) { index in
      counts.set(index, analyse(corpus.files[index].bytes, model: model, context: context))
    }
    return counts.sum
  }

  func run() -> [BenchResult] {
    let context = Self.context()
    var model = SizeModel()
    let coldStart = Stopwatch.seconds {
      model = SizeModel()
      _ = Self.analyse(
        Array("FROM debian:bookworm-slim\nRUN apt-get install -y curl\n".utf8), model: model, context: context
      )
    }
    let firstRun = Stopwatch.measure {
      _ = Self.analyseAll(corpus, jobs: 1, model: model, context: context)
    }
    let detail = "\(corpus.files.count) files, \(BenchResult.format(corpus.megabytes)) MB"
    var results = [
      BenchResult(
        section: "analysis", name: "first file in the process", value: coldStart * 1000, unit: "ms",
        detail: "one-time set-up included; tables loaded lazily later are excluded from the runs by a warm-up"
      ),
      BenchResult(
        section: "analysis", name: "whole corpus, first run in the process", value: firstRun.cpu * 1000,
        unit: "ms",
        detail: detail + ", single thread, CPU time; what one report process pays: tables loaded and every "
          + "base and install figure worked out for the first time (later runs share those figures)"
      ),
    ]
    for threads in Set([1, jobs]).sorted() {
      let samples = Stopwatch.samples(runs: runs) {
        _ = Self.analyseAll(corpus, jobs: threads, model: SizeModel(), context: context)
      }
      let label = threads == 1 ? "single thread" : "--jobs \(threads)"
      results.append(
        BenchResult(
          section: "analysis", name: "whole corpus, \(label), min wall", value: samples.min * 1000,
          unit: "ms",
          detail: detail + ", median \(BenchResult.format(samples.median * 1000)) ms, "
            + "\(BenchResult.format(corpus.megabytes / samples.min)) MB/s",
          goal: threads > 1 ? .atMost(100) : nil))
      if threads == 1 {
        results.append(
          BenchResult(
            section: "analysis", name: "whole corpus, single thread, CPU time", value: samples.cpu.min * 1000,
            unit: "ms",
            detail: "best of \(runs); \(BenchResult.format(corpus.megabytes / samples.cpu.min)) MB/s",
            goal: .atMost(100)))
      }
    }
    return results
  }
}
