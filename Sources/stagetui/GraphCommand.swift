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
      Diagnostics go to standard error in compiler style. Exit status: 0 BuildKit would build the \
      target (warnings do not count), 1 it would refuse to, 2 the file cannot be used (missing, a \
      directory, unreadable, not a regular file, over 64 MiB), 3 the output cannot be written, 64 \
      a usage error.
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
      Console.error(error.description)
      throw ExitCode.unusableInput
    }
    let dockerfile = Dockerfile.parse(input.bytes)
    let graph = StageGraph(dockerfile: dockerfile, configuration: build.configuration())
    if !graph.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      Console.error(formatter.format(graph.diagnostics, in: dockerfile.source))
    }
    let output: String
    switch format {
    case .text: output = TextGraphFormat.render(graph, fileName: input.displayName)
    case .json: output = JSONGraphFormat.render(graph)
    case .dot: output = DOTGraphFormat.render(graph)
    case .mermaid: output = MermaidGraphFormat.render(graph)
    }
    try Console.output(output)
    if graph.refusesBuild {
      throw ExitCode.rejected
    }
  }
}
