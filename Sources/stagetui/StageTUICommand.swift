import ArgumentParser

/// The `stagetui` command: the TUI by default, scriptable subcommands beside it.
@main
struct StageTUICommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stagetui",
    abstract: "Explore a multi-stage Dockerfile: stage graph, layer sizes, base-image swaps.",
    discussion: """
      Exit status, the same for every subcommand:
        0   done; parse and graph: BuildKit would accept the file
        1   the Dockerfile has errors BuildKit would reject (parse, graph),
            or swap --fail-on met its verdict level
        2   an input cannot be used: missing, a directory (or one without
            Dockerfiles), unreadable, not a regular file, over 64 MiB, a
            stage that is not there, a bad theme, config or key file
        3   the output cannot be written (an export target, standard
            output); an existing file is left as it was
        4   --engine require, and the Docker engine does not answer
        64  a usage error: an unknown or conflicting option, a bad value
      """,
    subcommands: [OpenCommand.self, ParseCommand.self, ExportCommand.self, SwapCommand.self, ReportCommand.self, GraphCommand.self],
    defaultSubcommand: OpenCommand.self
  )
}
