import ArgumentParser

/// The `stagetui` command: the TUI by default, scriptable subcommands beside it.
@main
struct StageTUICommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stagetui",
    abstract: "Explore a multi-stage Dockerfile: stage graph, layer sizes, base-image swaps.",
    discussion: """
      Exit status, the same for every subcommand:
        0   done; for parse and graph, BuildKit would accept the file (warnings do not count)
        1   the Dockerfile has errors BuildKit would reject (parse, graph), or swap --fail-on met
        2   an input cannot be used: missing, a directory (or one without Dockerfiles), unreadable,
            not a regular file, over 64 MiB, a swap naming no stage, a bad theme/config/key file
        3   the output cannot be written (export target, standard output); the old file is kept
        4   --engine require and the Docker engine does not answer
        64  a usage error: unknown or conflicting options, a bad option value
      """,
    subcommands: [OpenCommand.self, ParseCommand.self, ExportCommand.self, SwapCommand.self, ReportCommand.self, GraphCommand.self],
    defaultSubcommand: OpenCommand.self
  )
}
