import Foundation

/// `stagetui-bench`: parse, analysis and TUI figures against the targets.
@main
struct StageBench {
  static func main() {
    do {
      let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
      if let (kind, files) = options.probe {
        try MemoryProbe.child(kind, files: files)
        return
      }
      try run(options)
    } catch let error as BenchOptionError where error.isHelp {
      FileHandle.standardOutput.write(Data((error.description + "\n").utf8))
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      exit(2)
    }
  }

  static func run(_ options: BenchOptions) throws {
    if let directory = options.writeCorpus {
      try write(CorpusGenerator.corpus(count: 2_400), to: directory)
      return
    }
    let corpus: Corpus
    if let directory = options.corpus ?? Corpus.defaultDirectory() {
      corpus = try Corpus.load(directory: directory)
    } else {
      corpus = CorpusGenerator.corpus(count: 2_400)
    }
    if options.listCorpus {
      FileHandle.standardOutput.write(Data(corpus.files.map { $0.name + "\n" }.joined().utf8))
      return
    }
    let machine = MachineInfo.current()
    let examplePaths =
      (try? Corpus.paths(under: options.examples))?.filter { $0.hasSuffix("/Dockerfile") } ?? []
    let examples = Corpus(
      origin: options.examples,
      files: try examplePaths.map { path in
        Corpus.File(
          name: path.split(separator: "/").suffix(2).joined(separator: "/"),
          bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
      })
    let large = CorpusGenerator.large(lines: 10_000, stages: 200)
    var results: [BenchResult] = []
    if options.only.contains("parse") {
      results += ParseBenchmark(corpus: corpus, runs: options.runs, jobs: options.jobs).run()
    }
    if options.only.contains("analysis") {
      results += AnalysisBenchmark(corpus: corpus, runs: options.runs, jobs: options.jobs).run()
    }
    if options.only.contains("tui") {
      results += TUIBenchmark(
        examples: examples, large: large, runs: options.runs, keystrokes: options.keystrokes
      ).run()
    }
    if options.only.contains("scaling") {
      results += ScalingBenchmark(corpus: corpus, runs: options.runs).run()
    }
    if options.only.contains("memory") {
      results += memory(examples: examplePaths, corpus: corpus)
    }
    let corpusText =
      "\(corpus.origin): \(corpus.files.count) files, \(BenchResult.format(corpus.megabytes)) MB, "
      + "\(corpus.lineCount) lines"
    let loadAfter = MachineInfo.current().load
    let output =
      options.json
      ? BenchReport.json(results, machine: machine, corpus: corpusText, loadAfter: loadAfter)
      : BenchReport.text(results, machine: machine, corpus: corpusText, loadAfter: loadAfter)
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  private static func memory(examples: [String], corpus: Corpus) -> [BenchResult] {
    var results: [BenchResult] = []
    let megabyte = 1_048_576.0
    if let idle = MemoryProbe.measure(.idle, files: []) {
      results.append(
        BenchResult(
          section: "memory", name: "peak RSS, empty process", value: Double(idle) / megabyte, unit: "MiB",
          detail: "the Swift runtime and Foundation alone"))
    }
    if let tui = MemoryProbe.measure(.tui, files: examples) {
      results.append(
        BenchResult(
          section: "memory", name: "peak RSS, explorer on the \(examples.count) examples",
          value: Double(tui) / megabyte,
          unit: "MiB", detail: "separate process: open, size, draw, 200 keys each", goal: .atMost(40)))
    }
    let onDisk = corpus.files.map(\.name).filter { FileManager.default.fileExists(atPath: $0) }
    if onDisk.count == corpus.files.count, let analysis = MemoryProbe.measure(.analysis, files: onDisk) {
      results.append(
        BenchResult(
          section: "memory", name: "peak RSS, analysis of the corpus", value: Double(analysis) / megabyte,
          unit: "MiB",
          detail: "separate process, files read up front"))
    }
    return results
  }

  private static func write(_ corpus: Corpus, to directory: String) throws {
    let root = URL(fileURLWithPath: directory).appendingPathComponent("files")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for file in corpus.files {
      let name = file.name.split(separator: "/").last.map(String.init) ?? file.name
      try Data(file.bytes).write(to: root.appendingPathComponent(name))
    }
  }
}
