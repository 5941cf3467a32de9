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
      breaks; they do not change the exit status unless --fail-on asks.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case never
    case warning
    case breaks
  }

  enum Engine: String, ExpressibleByArgument, CaseIterable {
    case auto
    case off
  }

  @Argument(help: "The Dockerfile.")
  var file: String

  @Option(name: .customLong("base"), help: "A swap STAGE=IMAGE (repeatable).")
  var bases: [String] = []

  @Option(help: "The stage to build (by name, as docker build --target); the last stage by default.")
  var target: String?

  @Option(name: .customLong("build-arg"), help: "A build argument NAME=VALUE (repeatable).")
  var buildArguments: [String] = []

  @Option(help: "The build context directory (for measured COPY sizes).")
  var context: String?

  @Option(name: .customLong("image"), help: "A built image for a stage, STAGE=TAG (repeatable).")
  var images: [String] = []

  @Option(name: .customLong("image-archive"), help: "A docker save / OCI archive holding built images.")
  var imageArchive: String?

  @Option(help: "Ask the local Docker engine for image sizes: auto or off.")
  var engine: Engine = .auto

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
    var arguments: [String: String] = [:]
    for argument in buildArguments {
      guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
        throw fail("--build-arg \(argument): expected NAME=VALUE")
      }
      arguments[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
    }
    let configuration = BuildConfiguration(target: target, buildArguments: arguments)
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    if let target, graph.targetIndex == nil {
      throw fail("--target \(target): no stage has this name")
    }
    try checkSizeInputs(graph)
    let level: VerdictLevel
    var sizing = sizingInputs()
    if bases.isEmpty {
      let reachable = graph.stages.filter(\.isReachable).map(\.index)
      let unsized = reachable.map { BaseCandidates(stage: $0, dockerfile: dockerfile, configuration: configuration) }
      let references = Set(unsized.flatMap { $0.candidates.map(\.imageText) })
      sizing.measured = await measure([graph], extraBases: references)
      let lists = reachable.map {
        BaseCandidates(stage: $0, dockerfile: dockerfile, configuration: configuration, sizing: sizing)
      }
      write(format == .json ? SwapReportFormat.json(lists, graph: graph) : SwapReportFormat.text(lists, graph: graph))
      level = .ok
    } else {
      let unsized: SwapAnalysis
      switch analyze(dockerfile, graph: graph, configuration: configuration, sizing: nil) {
      case .success(let value): unsized = value
      case .failure(let error): throw fail("\(input.displayName): \(error.description)")
      }
      sizing.measured = await measure([graph, unsized.swappedGraph], extraBases: [])
      let analysis: SwapAnalysis
      switch analyze(dockerfile, graph: graph, configuration: configuration, sizing: sizing) {
      case .success(let value): analysis = value
      case .failure(let error): throw fail("\(input.displayName): \(error.description)")
      }
      write(format == .json ? SwapReportFormat.json(analysis) : SwapReportFormat.text(analysis))
      level = analysis.level
    }
    switch failOn {
    case .never: break
    case .warning where level >= .warning: throw ExitCode(1)
    case .breaks where level == .breaks: throw ExitCode(1)
    default: break
    }
  }

  /// The size model's inputs but the records: the context (the file's directory by default) and the file's path in it.
  private func sizingInputs() -> SwapSizing {
    let directory = context ?? ReportFileFinder.directory(of: file)
    return SwapSizing(
      context: DiskBuildContext(root: directory),
      dockerfilePath: ReportFileFinder.relativePath(of: file, in: directory), file: file)
  }

  /// Asks the engine and archive (as `report` does) for every base of `graphs`, the `extraBases` and the `--image` records.
  private func measure(_ graphs: [StageGraph], extraBases: Set<String>) async -> MeasuredImages {
    let builder = SizeReportBuilder(
      sources: ReportSources.make(engine: engine == .auto, archive: imageArchive, registry: false, platform: nil))
    let stageImages = images.compactMap(ReportImageOption.init).map { (stage: $0.stage, reference: $0.reference) }
    let (measured, diagnostics) = await builder.measure(
      graphs: graphs, stageImages: stageImages, file: file, extraBases: extraBases)
    for line in diagnostics {
      FileHandle.standardError.write(Data("stagetui: note: \(line)\n".utf8))
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
    for image in images {
      if let problem = stageProblem(image, graph: graph) { throw fail("--image \(image): \(problem)") }
    }
    for path in [context, imageArchive].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: path) {
      throw fail("\(path): no such file or directory — check the path")
    }
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

  private func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  private func fail(_ message: String) -> ExitCode {
    let line = message.hasPrefix("stagetui:") ? message : "stagetui: error: \(message)"
    FileHandle.standardError.write(Data((line + "\n").utf8))
    return ExitCode(2)
  }
}
