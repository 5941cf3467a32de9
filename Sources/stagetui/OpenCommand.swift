import ArgumentParser
import DockerfileSyntax
import Foundation
import ImageSources
import StageAnalysis
import StageApp
import StageRender

/// `stagetui FILE`: the stage explorer (the default subcommand); a text report when output is not a terminal.
struct OpenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Explore a Dockerfile in the terminal (the default): stage graph, layer sizes, base swaps, export.",
    discussion: """
      When standard input or output is not a terminal, prints what `stagetui report FILE` prints \
      (the same sources and options) instead of starting the UI. Keys and the theme can be set in \
      $XDG_CONFIG_HOME/stagetui/config.toml (or ~/.config/stagetui/config.toml); press ? in the UI \
      for the key table.
      """
  )

  @Argument(help: "The Dockerfile to explore.")
  var file: String

  @OptionGroup var build: BuildOptions

  @OptionGroup var sizes: SizeSourceOptions

  @Option(help: "A built-in theme (\(BuiltinThemes.names.joined(separator: ", "))) or a theme file.")
  var theme: String?

  @Option(help: "The config file (default: $XDG_CONFIG_HOME/stagetui/config.toml).")
  var config: String?

  func run() async throws {
    let input: InputFile
    do {
      input = try InputFile.load(file)
    } catch {
      fail(error.description)
    }
    let environment = ProcessInfo.processInfo.environment
    let settings = loadConfig(environment: environment)
    let chosenTheme: Theme
    do {
      chosenTheme = try ThemeLoader.resolve(theme ?? settings.theme ?? BuiltinThemes.defaultName)
    } catch {
      fail("stagetui: error: " + error.description)
    }
    try sizes.checkPaths()
    let sources = try await sizes.sources(platform: build.platform, environment: environment)
    let configuration = build.configuration(environment: environment)
    guard isatty(0) == 1, isatty(1) == 1 else {
      try await printReport(input, sources: sources, configuration: configuration)
      return
    }
    let contextRoot = sizes.contextRoot(for: input.path)
    let document = StageDocument(fileName: input.displayName, bytes: input.bytes, configuration: configuration)
    var status = stat()
    let permissions: mode_t = stat(input.path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    let runner = LiveEffectRunner(
      fileName: input.displayName, context: DiskBuildContext(root: contextRoot),
      dockerfilePath: BuildContextPath.relativePath(of: input.path, in: contextRoot),
      engine: sources.isEmpty ? nil : SourceChain(sources: sources), permissions: permissions, model: sizes.model)
    let state = AppState(document: document, width: 80, height: 24, keys: settings.keys, exportPath: input.path)
    let code: Int32
    do {
      code = try await AppRunLoop(state: state, theme: chosenTheme, runner: runner, engine: !sources.isEmpty)
        .runOnOwnThread()
    } catch {
      fail("stagetui: error: \(error)")
    }
    if code != 0 { throw ExitCode(code) }
  }

  /// Prints what `stagetui report FILE --format text` prints: the same runner, sources, context and build options.
  private func printReport(
    _ input: InputFile, sources: [any ImageSizeSource], configuration: BuildConfiguration
  ) async throws {
    let builder = SizeReportBuilder(sources: sources, model: sizes.model)
    let directory = sizes.contextRoot(for: input.path)
    let request = SizeReportRequest(
      file: input.displayName, dockerfile: input.bytes, configuration: configuration,
      context: DiskBuildContext(root: directory),
      dockerfilePath: BuildContextPath.relativePath(of: input.path, in: directory), stageImages: sizes.stageImages)
    let outcomes = await ReportRunner.run([input.path], jobs: 1) { _ in .success(await builder.report(for: request)) }
    for case .success(let report) in outcomes {
      try Console.output(TextSizeFormat.render(report))
    }
  }

  private func loadConfig(environment: [String: String]) -> AppConfig {
    if let config {
      do { return try AppConfig.load(path: config) } catch { fail("stagetui: error: " + error.description) }
    }
    guard let path = AppConfig.defaultPath(environment: environment), FileManager.default.fileExists(atPath: path)
    else { return AppConfig() }
    do { return try AppConfig.load(path: path) } catch { fail("stagetui: error: " + error.description) }
  }

  private func fail(_ message: String) -> Never {
    Console.error(message)
    Foundation.exit(ExitCode.unusableInput.rawValue)
  }

  /// The explorer's image sources as one: asked in order (engine, archive, registry), the first that finds an image answers.
  struct SourceChain: ImageSizeSource {
    var sources: [any ImageSizeSource]

    var name: String { sources.map(\.name).joined(separator: "+") }

    func lookUp(_ reference: String) async -> ImageLookup {
      var last = ImageLookup.unavailable(reason: "no image source")
      for source in sources {
        let answer = await source.lookUp(reference)
        if case .found = answer { return answer }
        last = answer
      }
      return last
    }
  }
}
