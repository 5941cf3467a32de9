import ArgumentParser

/// The `stagetui` command: the TUI by default, scriptable subcommands beside it.
@main
struct StageTUICommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stagetui",
    abstract: "Explore a multi-stage Dockerfile: stage graph, layer sizes, base-image swaps.",
    subcommands: [OpenCommand.self, ParseCommand.self, ExportCommand.self, SwapCommand.self, ReportCommand.self, GraphCommand.self],
    defaultSubcommand: OpenCommand.self
  )
}
