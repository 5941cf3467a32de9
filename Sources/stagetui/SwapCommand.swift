import ArgumentParser
import DockerfileSyntax
import Foundation
import ImageSources
import StageAnalysis

/// `stagetui swap`: what a base-image swap does to the image's size, and whether it still works.
struct SwapCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "swap",
    abstract: "Project sizes and judge base-image swaps; without --base, list each stage's candidates.",
    discussion: """
      STAGE is a stage name or a 0-based index. Sizes come from the size model run on the file before \
      and after the swaps with the same context and measured images (as report does; the engine is \
      asked for the new bases too). Verdicts are ok, warning (may fail, or the tool cannot know) and \
      breaks; they do not change the exit status unless --fail-on asks (then 1). Other statuses: 2 an \
      input cannot be used or a swap names no stage, 3 the output cannot be written, 4 --engine \
      require and the engine does not answer.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  /// The verdict level from which the exit status is 1.
  enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case never
    case warning
    case breaks
  }

  @Argument(help: "The Dockerfile ('-' reads standard input).")
  var file: String

  @Option(name: .customLong("base"), help: "A swap STAGE=IMAGE (repeatable).")
  var bases: [String] = []

  @OptionGroup var build: BuildOptions

  @OptionGroup var sizes: SizeSourceOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a verdict is at least this level: never, warning or breaks.")
  var failOn: FailOn = .never

  func run() async throws {
    let input: InputFile
    do {
      input = try InputFile.load(file)
    } catch {
      throw fail(error.description)
    }
    let dockerfile = Dockerfile.parse(input.bytes)
    let configuration = build.configuration()
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    if let target = build.target, graph.targetIndex == nil {
      throw fail(
        ReportCommand.unknownTarget(target, stages: graph.stages.compactMap(\.name), file: input.displayName))
    }
    try checkSizeInputs(graph)
    let sources = try await sizes.sources(platform: build.platform)
    let level: VerdictLevel
    var sizing = sizingInputs(input)
    if bases.isEmpty {
      let reachable = graph.stages.filter(\.isReachable).map(\.index)
      let unsized = reachable.map { BaseCandidates(stage: $0, dockerfile: dockerfile, configuration: configuration) }
      let references = Set(unsized.flatMap { $0.candidates.map(\.imageText) })
      sizing.measured = await measure([graph], extraBases: references, sources: sources, file: input.displayName)
      let lists = reachable.map {
        BaseCandidates(stage: $0, dockerfile: dockerfile, configuration: configuration, sizing: sizing)
      }
      try Console.output(
        format == .json ? SwapReportFormat.json(lists, graph: graph) : SwapReportFormat.text(lists, graph: graph))
      level = .ok
    } else {
      let unsized: SwapAnalysis
      switch analyze(dockerfile, graph: graph, configuration: configuration, sizing: nil) {
      case .success(let value): unsized = value
      case .failure(let error): throw fail("\(input.displayName): \(error.description)")
      }
      sizing.measured = await measure(
        [graph, unsized.swappedGraph], extraBases: [], sources: sources, file: input.displayName)
      let analysis: SwapAnalysis
      switch analyze(dockerfile, graph: graph, configuration: configuration, sizing: sizing) {
      case .success(let value): analysis = value
      case .failure(let error): throw fail("\(input.displayName): \(error.description)")
      }
      try Console.output(format == .json ? SwapReportFormat.json(analysis) : SwapReportFormat.text(analysis))
      level = analysis.level
    }
    switch failOn {
    case .never: break
    case .warning where level >= .warning: throw ExitCode.rejected
    case .breaks where level == .breaks: throw ExitCode.rejected
    default: break
    }
  }

  /// The size model's inputs but the records: the model for `--size-kind`, the context (the file's
  /// directory by default) and the file's path in it.
  private func sizingInputs(_ input: InputFile) -> SwapSizing {
    let directory = sizes.contextRoot(for: file)
    return SwapSizing(
      model: sizes.model, context: DiskBuildContext(root: directory),
      dockerfilePath: BuildContextPath.relativePath(of: file, in: directory), file: input.displayName)
  }

  /// Asks the image sources (as `report` does) for every base of `graphs`, the `extraBases` and the `--image` records.
  private func measure(
    _ graphs: [StageGraph], extraBases: Set<String>, sources: [any ImageSizeSource], file: String
  ) async -> MeasuredImages {
    let builder = SizeReportBuilder(sources: sources, model: sizes.model)
    let (measured, diagnostics) = await builder.measure(
      graphs: graphs, stageImages: sizes.stageImages, file: file, extraBases: extraBases)
    for line in diagnostics {
      Console.error("stagetui: note: \(line)")
    }
    return measured
  }

  /// Applies the `--base` swaps and judges them.
  private func analyze(
    _ dockerfile: Dockerfile, graph: StageGraph, configuration: BuildConfiguration, sizing: SwapSizing?
  ) -> Result<SwapAnalysis, SwapError> {
    do throws(SwapError) {
      var swaps = SwapSet()
      for base in bases {
        let (selector, image) = try StageSelector.parseAssignment(base)
        swaps.set(try BaseImageSwap(stage: try selector.resolve(in: graph), imageText: image))
      }
      return .success(try SwapAnalysis(dockerfile: dockerfile, configuration: configuration, swaps: swaps, sizing: sizing))
    } catch {
      return .failure(error)
    }
  }

  /// Checks the size inputs name real stages and paths.
  private func checkSizeInputs(_ graph: StageGraph) throws {
    for image in sizes.images {
      if let problem = stageProblem(image, graph: graph) { throw fail("--image \(image): \(problem)") }
    }
    try sizes.checkPaths()
  }

  /// Why `STAGE=VALUE` does not name a stage of `graph`, or nil when it does.
  private func stageProblem(_ assignment: String, graph: StageGraph) -> String? {
    do throws(SwapError) {
      _ = try StageSelector.parseAssignment(assignment).stage.resolve(in: graph)
      return nil
    } catch {
      return error.description
    }
  }

  private func fail(_ message: String) -> ExitCode {
    let line = message.hasPrefix("stagetui:") ? message : "stagetui: error: \(message)"
    Console.error(line)
    return .unusableInput
  }
}
