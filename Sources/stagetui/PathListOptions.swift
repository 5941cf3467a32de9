import ArgumentParser

/// `--files-from LIST`: more paths, one a line, for the commands that take many files
/// (`parse`, `report`); thousands of paths on the command line are slow to parse and can
/// exceed the system's argument limit.
struct PathListOptions: ParsableArguments {
  @Option(
    name: .customLong("files-from"),
    help: "A file listing more paths, one a line ('-': standard input); for thousands of files.")
  var filesFrom: String?

  /// The paths in the list, blank lines skipped; none without `--files-from`.
  func listedPaths() throws -> [String] {
    guard let filesFrom else { return [] }
    do {
      let list = try InputFile.load(filesFrom)
      return String(decoding: list.bytes, as: UTF8.self).split(separator: "\n").map(String.init).filter {
        !$0.isEmpty
      }
    } catch {
      Console.error(error.description)
      throw ExitCode.unusableInput
    }
  }
}
