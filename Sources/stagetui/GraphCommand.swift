import ArgumentParser
import DockerfileSyntax
import Foundation
import StageAnalysis

/// `stagetui graph`: the stage graph BuildKit would resolve, as text, JSON, DOT or Mermaid.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Show the stage graph of a Dockerfile: bases, COPY --from and RUN --mount edges, what the target builds.",
    discussion: """
      Diagnostics go to standard error in compiler style. The exit status is 1 when \
      BuildKit would refuse to build the target; warnings do not change it.
      """
  )

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, dot, mermaid
  }

  @Argument(help: "The Dockerfile ('-' reads standard input).")
  var file: String

  @OptionGroup var build: BuildOptions

  @Option(help: "Output format: text, json, dot or mermaid.")
  var format: Format = .text

  func run() throws {
    let input: InputFile
    do {
      input = try InputFile.load(file)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(2)
    }
    let dockerfile = Dockerfile.parse(input.bytes)
    let graph = StageGraph(dockerfile: dockerfile, configuration: build.configuration())
    if !graph.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      FileHandle.standardError.write(Data(formatter.format(graph.diagnostics, in: dockerfile.source).utf8))
    }
    let output: String
    switch format {
    case .text: output = TextGraphFormat.render(graph, fileName: input.displayName)
    case .json: output = JSONGraphFormat.render(graph)
    case .dot: output = DOTGraphFormat.render(graph)
    case .mermaid: output = MermaidGraphFormat.render(graph)
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    if graph.refusesBuild {
      throw ExitCode(1)
    }
  }
}
