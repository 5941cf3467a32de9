import ArgumentParser
import DockerfileSyntax
import Foundation
import StageAnalysis

/// `stagetui parse`: the instruction list BuildKit's parser would produce.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse Dockerfiles and print their instructions as BuildKit's parser sees them.",
    discussion: """
      Directories are searched for Dockerfile, *.Dockerfile, Dockerfile.* and *.dockerfile \
      (skipping .git, node_modules and .build*), in a stable order. With one file, JSON output \
      is an array with one object per instruction (cmd, sub_cmd, json, original, start_line, \
      end_line, flags, value, heredocs). With several files, or a directory, it is an array of \
      {file, instructions, diagnostics} objects in that order; a directory without Dockerfiles is \
      an error. Files are parsed on --jobs threads; standard input and each file may hold up to \
      64 MiB. Diagnostics go to standard error. Exit status: 0 every file is one BuildKit accepts \
      (warnings do not count), 1 BuildKit would reject a file, 2 an input cannot be used, 3 the \
      output cannot be written, 64 a usage error.
      """
  )

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(help: "Dockerfiles, or directories to search for them ('-' reads standard input).")
  var files: [String] = []

  @OptionGroup var list: PathListOptions

  @Option(help: "Output format: json or text.")
  var format: Format = .json

  @Option(help: "How many files to parse at once (default: all cores).")
  var jobs: Int?

  func validate() throws {
    if files.isEmpty && list.filesFrom == nil {
      throw ValidationError("expected a Dockerfile, a directory or --files-from")
    }
    if list.filesFrom == "-" && files.contains("-") {
      throw ValidationError("standard input cannot be both a Dockerfile and the --files-from list")
    }
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs \(jobs): expected 1 or more")
    }
  }

  /// One file's finished output, rendered on a worker thread.
  private struct Rendered {
    var output: String
    var diagnostics: String
    var rejected: Bool
  }

  func run() throws {
    let named = files + (try list.listedPaths())
    let paths: [String]
    do {
      paths = try DockerfileDiscovery.dockerfiles(in: named)
    } catch {
      Console.error(error.description)
      throw ExitCode.unusableInput
    }
    let inputs = try load(paths)
    let single = named.count == 1 && paths == named
    let format = format
    let rendered = ParallelMap.map(inputs, jobs: jobs ?? ParallelMap.defaultJobs) { input in
      Self.render(input, format: format, single: single)
    }
    Console.error(rendered.map(\.diagnostics).joined())
    let output: String
    switch format {
    case .json:
      output = single ? rendered.map(\.output).joined() : Self.jsonArray(rendered.map(\.output))
    case .text:
      output = rendered.map(\.output).joined(separator: "\n")
    }
    try Console.output(output)
    if rendered.contains(where: \.rejected) {
      throw ExitCode.rejected
    }
  }

  /// Reads every file; standard input is read once, on this thread.
  private func load(_ paths: [String]) throws -> [InputFile] {
    var failures: [String] = []
    let loaded: [Result<InputFile, InputFile.Failure>?] = ParallelMap.map(paths, jobs: jobs ?? ParallelMap.defaultJobs) {
      path in
      path == "-" ? nil : Result { () throws(InputFile.Failure) in try InputFile.load(path) }
    }
    var inputs: [InputFile] = []
    inputs.reserveCapacity(paths.count)
    for (path, result) in zip(paths, loaded) {
      do throws(InputFile.Failure) {
        if let result {
          inputs.append(try result.get())
        } else {
          inputs.append(try InputFile.load(path))
        }
      } catch {
        failures.append(error.description)
      }
    }
    if !failures.isEmpty {
      Console.error(failures.joined(separator: "\n"))
      throw ExitCode.unusableInput
    }
    return inputs
  }

  private static func render(_ input: InputFile, format: Format, single: Bool) -> Rendered {
    let dockerfile = Dockerfile.parse(input.bytes)
    var diagnostics = ""
    if !dockerfile.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      diagnostics = formatter.format(dockerfile.diagnostics, in: dockerfile.source)
    }
    var output: String
    switch format {
    case .json:
      var writer = JSONWriter(indentation: single ? 0 : 1)
      if single {
        writer.instructions(dockerfile.instructions)
        output = writer.output + "\n"
      } else {
        writer.object { writer in
          writer.key("file") { $0.string(input.displayName) }
          writer.key("instructions") { $0.instructions(dockerfile.instructions) }
          writer.key("diagnostics") { $0.diagnostics(dockerfile.diagnostics, in: dockerfile.source) }
        }
        output = writer.output
      }
    case .text:
      output = (single ? "" : "# \(input.displayName)\n") + InstructionListing.text(dockerfile)
    }
    return Rendered(output: output, diagnostics: diagnostics, rejected: dockerfile.hasErrors)
  }

  /// The top-level array around per-file objects, laid out as `JSONWriter.array` would; each
  /// object was written one level deep.
  private static func jsonArray(_ objects: [String]) -> String {
    guard !objects.isEmpty else { return "[]\n" }
    return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
  }
}
