import DockerfileInstructions

/// The script a `RUN` runs: its shell form, its exec vector, or its heredoc bodies.
struct RunScript {
  /// The commands of the script.
  var commandLine: ShellCommandLine
  /// The raw text, for path searches.
  var text: String

  init(_ run: RunInstruction) {
    var text: String
    switch run.command {
    case .shell(let script): text = script
    case .exec(let vector): text = vector.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }
    for heredoc in run.heredocs { text += "\n" + heredoc.content }
    self.text = text
    commandLine = ShellCommandLine(text)
  }
}
