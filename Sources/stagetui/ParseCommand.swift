import ArgumentParser
import DockerfileSyntax
import Foundation

/// `stagetui parse`: the instruction list BuildKit's parser would produce.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse Dockerfiles and print their instructions as BuildKit's parser sees them.",
    discussion: """
      With one file, JSON output is an array with one object per instruction \
      (cmd, sub_cmd, json, original, start_line, end_line, flags, value, heredocs). \
      With several files it is an array of {file, instructions, diagnostics} objects. \
      Diagnostics go to standard error; the exit status is 1 when BuildKit would \
      reject a file.
      """
  )

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(help: "Dockerfiles to parse ('-' reads standard input).")
  var files: [String]

  @Option(help: "Output format: json or text.")
  var format: Format = .json

  func run() throws {
    var results: [(InputFile, Dockerfile)] = []
    for path in files {
      do {
        let input = try InputFile.load(path)
        results.append((input, Dockerfile.parse(input.bytes)))
      } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(2)
      }
    }
    var rejected = false
    for (input, dockerfile) in results where !dockerfile.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      FileHandle.standardError.write(Data(formatter.format(dockerfile.diagnostics, in: dockerfile.source).utf8))
      rejected = rejected || dockerfile.hasErrors
    }
    let output: String
    switch format {
    case .json:
      output = jsonOutput(results)
    case .text:
      output = results.map { input, dockerfile in
        (results.count > 1 ? "# \(input.displayName)\n" : "") + InstructionListing.text(dockerfile)
      }.joined(separator: "\n")
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    if rejected {
      throw ExitCode(1)
    }
  }

  private func jsonOutput(_ results: [(InputFile, Dockerfile)]) -> String {
    var writer = JSONWriter()
    if results.count == 1, let dockerfile = results.first?.1 {
      writer.instructions(dockerfile.instructions)
    } else {
      writer.array(results) { writer, result in
        writer.object { writer in
          writer.key("file") { $0.string(result.0.displayName) }
          writer.key("instructions") { $0.instructions(result.1.instructions) }
          writer.key("diagnostics") { $0.diagnostics(result.1.diagnostics, in: result.1.source) }
        }
      }
    }
    return writer.output + "\n"
  }
}
