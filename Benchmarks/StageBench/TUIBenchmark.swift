import StageAnalysis
import StageApp
import StageRender

/// The explorer's responsiveness through its public API, without a terminal: the first frame
/// (document, state, layout and view into a cell buffer) and keystroke to frame (update,
/// view, diff against the previous frame).
struct TUIBenchmark {
  var examples: Corpus
  var large: Corpus.File
  var runs: Int
  var keystrokes: Int

  static let width = 200
  static let height = 60

  /// The navigation the benchmark types: panes, stages, instructions, paging, sorting, help.
  static let keys: [KeyEvent] = [
    "j", "j", "k", "l", "h", "tab", "j", "j", "j", "k", "pgdn", "pgup", "G", "g", "o", "o", "tab", "j",
    "k", "shift+tab", "shift+tab", "l", "l", "h", "down", "up", "right", "left", "?", "?",
  ].compactMap { try? KeyEvent(parsing: $0) }

  /// The state and first frame for `file`, as the program draws it before sizes arrive.
  static func firstFrame(_ file: Corpus.File, theme: Theme) -> (AppState, [Effect], CellBuffer) {
    let document = StageDocument(fileName: file.name, bytes: file.bytes)
    var state = AppState(document: document, width: width, height: height)
    _ = state.update(.resize(width: width, height: height))
    let effects = state.start(engine: false)
    var buffer = CellBuffer(width: width, height: height)
    AppView.render(state, into: &buffer, theme: theme)
    return (state, effects, buffer)
  }

  /// Runs the size effects synchronously against `context` and draws the frame that follows.
  static func sizedFrame(
    _ state: inout AppState, effects: [Effect], model: SizeModel, context: InMemoryBuildContext, theme: Theme
  ) -> CellBuffer {
    for effect in effects {
      guard case .measureSizes(let job) = effect else { continue }
      let reports = job.perform(
        model: model, fileName: state.document.fileName, context: context, dockerfilePath: nil)
      _ = state.update(.sized(job.purpose, reports))
    }
    var buffer = CellBuffer(width: width, height: height)
    AppView.render(state, into: &buffer, theme: theme)
    return buffer
  }

  /// Times `count` keystrokes from `state`, in seconds per key.
  ///
  /// Each keystroke is update + view + diff against the previous frame.
  static func typeKeys(_ state: inout AppState, count: Int, from frame: CellBuffer, theme: Theme) -> Samples {
    var previous = frame
    var changed = 0
    var timings: [(wall: Double, cpu: Double)] = []
    timings.reserveCapacity(count)
    for index in 0..<count {
      let key = keys[index % keys.count]
      let seconds = Stopwatch.measure {
        _ = state.update(.key(key))
        var buffer = CellBuffer(width: width, height: height)
        AppView.render(state, into: &buffer, theme: theme)
        changed += buffer.diff(from: previous).count
        previous = buffer
      }
      timings.append(seconds)
    }
    return Samples(timings.map(\.wall), cpu: timings.map(\.cpu))
  }

  func run() -> [BenchResult] {
    let theme = Theme.defaultTheme
    let model = SizeModel()
    let context = AnalysisBenchmark.context()
    _ = Self.firstFrame(large, theme: theme)
    var results: [BenchResult] = []
    var worstExample = 0.0
    var worstName = ""
    for file in examples.files {
      let samples = Stopwatch.samples(runs: runs) { _ = Self.firstFrame(file, theme: theme) }
      if samples.min > worstExample {
        worstExample = samples.min
        worstName = file.name
      }
      results.append(
        BenchResult(
          section: "tui", name: "first frame, \(file.name)", value: samples.min * 1000, unit: "ms",
          detail: "median \(BenchResult.format(samples.median * 1000)) ms", goal: .atMost(50)))
    }
    let largeSamples = Stopwatch.samples(runs: runs) { _ = Self.firstFrame(large, theme: theme) }
    let largeLines = large.bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    results.append(
      BenchResult(
        section: "tui", name: "first frame, generated \(largeLines) lines, CPU",
        value: largeSamples.cpu.min * 1000,
        unit: "ms",
        detail: "wall min \(BenchResult.format(largeSamples.min * 1000)) ms, "
          + "median \(BenchResult.format(largeSamples.median * 1000)) ms",
        goal: .atMost(200)))
    let sizedSamples = Stopwatch.samples(runs: runs) {
      var (state, effects, _) = Self.firstFrame(large, theme: theme)
      _ = Self.sizedFrame(&state, effects: effects, model: model, context: context, theme: theme)
    }
    results.append(
      BenchResult(
        section: "tui", name: "frame with sizes, generated \(largeLines) lines",
        value: sizedSamples.min * 1000,
        unit: "ms", detail: "first frame + size effects run inline + redraw"))
    let targets: [Corpus.File] = examples.files.filter { $0.name == worstName } + [large]
    for file in targets {
      var (state, effects, _) = Self.firstFrame(file, theme: theme)
      let frame = Self.sizedFrame(&state, effects: effects, model: model, context: context, theme: theme)
      let samples = Self.typeKeys(&state, count: keystrokes, from: frame, theme: theme)
      let label = file.name == large.name ? "generated \(largeLines) lines" : file.name
      results.append(
        BenchResult(
          section: "tui", name: "keystroke median, \(label), CPU", value: samples.cpu.median * 1000,
          unit: "ms",
          detail: "\(keystrokes) keys at \(Self.width)×\(Self.height); wall median "
            + "\(BenchResult.format(samples.median * 1000)) ms",
          goal: .atMost(2)))
      results.append(
        BenchResult(
          section: "tui", name: "keystroke p99, \(label), CPU", value: samples.cpu.percentile(99) * 1000,
          unit: "ms",
          detail: "wall p99 \(BenchResult.format(samples.percentile(99) * 1000)) ms, "
            + "max \(BenchResult.format((samples.sorted.last ?? 0) * 1000)) ms",
          goal: .atMost(8)))
    }
    return results
  }
}
