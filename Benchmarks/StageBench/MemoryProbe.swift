import Foundation
import StageAnalysis
import StageRender

/// Peak memory, each figure from a fresh process so that nothing else the benchmark did counts.
///
/// The parent starts this same executable with `--probe KIND FILE…`; the child does the work,
/// then prints its peak resident set size (getrusage) in bytes on standard output.
enum MemoryProbe {
  /// What a child process does before reporting.
  enum Kind: String {
    /// Nothing: the runtime's own floor.
    case idle
    /// Open every file in the explorer, size it, draw it and type keys.
    case tui
    /// Parse and analyse every file.
    case analysis
    /// Parse every file.
    case parse
  }

  /// Runs the work in this process and prints the peak.
  static func child(_ kind: Kind, files: [String]) throws {
    let corpus = Corpus(
      origin: "probe",
      files: try files.map {
        Corpus.File(name: $0, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: $0))))
      })
    switch kind {
    case .idle:
      break
    case .tui:
      let theme = Theme.defaultTheme
      let model = SizeModel()
      let context = AnalysisBenchmark.context()
      for file in corpus.files {
        var (state, effects, _) = TUIBenchmark.firstFrame(file, theme: theme)
        let frame = TUIBenchmark.sizedFrame(
          &state, effects: effects, model: model, context: context, theme: theme)
        _ = TUIBenchmark.typeKeys(&state, count: 200, from: frame, theme: theme)
      }
    case .analysis:
      _ = AnalysisBenchmark.analyseAll(
        corpus, jobs: 1, model: SizeModel(), context: AnalysisBenchmark.context())
    case .parse:
      _ = ParseBenchmark.parseAll(corpus, jobs: 1)
    }
    FileHandle.standardOutput.write(Data("\(PeakMemory.bytes())\n".utf8))
  }

  /// Starts a child process for `kind` over `files`; its peak in bytes, or nil when it failed.
  static func measure(_ kind: Kind, files: [String]) -> Int? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--probe", kind.rawValue] + files
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
    } catch {
      return nil
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
