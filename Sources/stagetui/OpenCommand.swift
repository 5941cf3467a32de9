import ArgumentParser
import DockerfileSyntax
import Foundation
import ImageSources
import StageAnalysis
import StageApp
import StageRender

/// `stagetui FILE`: the stage explorer (the default subcommand); a text report when output is not a terminal.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Explore a Dockerfile in the terminal (the default): stage graph, layer sizes, base swaps, export.",
    discussion: """
      When standard output is not a terminal, prints the text report instead of starting the UI. \
      Keys and the theme can be set in $XDG_CONFIG_HOME/stagetui/config.toml \
      (or ~/.config/stagetui/config.toml); press ? in the UI for the key table.
      """
  )

  /// Whether to ask the container engine about base images.
  enum EngineMode: String, ExpressibleByArgument, CaseIterable {
    case auto, off
  }

  @Argument(help: "The Dockerfile to explore.")
  var file: String

  @OptionGroup var build: BuildOptions

  @Option(help: "The build context directory (default: the Dockerfile's directory).")
  var context: String?

  @Option(help: "A built-in theme (\(BuiltinThemes.names.joined(separator: ", "))) or a theme file.")
  var theme: String?

  @Option(help: "The config file (default: $XDG_CONFIG_HOME/stagetui/config.toml).")
  var config: String?

  @Option(help: "Ask the Docker engine (DOCKER_HOST) for measured sizes: auto or off.")
  var engine: EngineMode = .auto

  func run() throws {
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
    let configuration = build.configuration()
    guard isatty(0) == 1, isatty(1) == 1 else {
      let graph = StageGraph(dockerfile: Dockerfile.parse(input.bytes), configuration: configuration)
      FileHandle.standardOutput.write(Data(TextGraphFormat.render(graph, fileName: input.displayName).utf8))
      return
    }
    let contextRoot = context ?? URL(fileURLWithPath: input.path).deletingLastPathComponent().path
    let document = StageDocument(fileName: input.displayName, bytes: input.bytes, configuration: configuration)
    var status = stat()
    let permissions: mode_t = stat(input.path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    let runner = LiveEffectRunner(
      fileName: input.displayName, context: DiskBuildContext(root: contextRoot),
      dockerfilePath: OpenCommand.relativePath(of: input.path, under: contextRoot),
      engine: engine == .auto ? DockerEngineSource(environment: environment) : nil, permissions: permissions)
    let state = AppState(document: document, width: 80, height: 24, keys: settings.keys, exportPath: input.path)
    let code: Int32
    do {
      code = try AppRunLoop(state: state, theme: chosenTheme, runner: runner, engine: engine == .auto).run()
    } catch {
      fail("stagetui: error: \(error)")
    }
    if code != 0 { throw ExitCode(code) }
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
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(2)
  }

  /// `path` relative to `root` when it lies inside it.
  static func relativePath(of path: String, under root: String) -> String? {
    let file = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = URL(fileURLWithPath: root).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
  }
}
