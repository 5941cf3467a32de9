import ArgumentParser
import DockerfileSyntax
import Foundation
import StageAnalysis

/// `stagetui export`: writes the Dockerfile back out, byte for byte except
/// where edits were asked for.
///
/// The pipeline is read, parse, apply the requested `TextEdit`s with
/// `Dockerfile.applying(_:)`, print the tree, write atomically. `--base`
/// swaps become edits of exactly the `FROM` image spans (see `SwapEditPlan`).
/// `--in-place` first copies the file to `FILE.orig` (refused when that exists,
/// unless `--force`), then replaces the file atomically, keeping its permissions.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the Dockerfile back out; only edited spans change.",
    discussion: """
      Writes are atomic (a temporary file in the same directory, fsync, rename); an existing file \
      is replaced only with --force (or --in-place). Exit status: 0 written, 2 the Dockerfile \
      cannot be used or a --base swap names no stage, 3 the output cannot be written (the old \
      file is untouched), 64 a usage error.
      """
  )

  @Argument(help: "The Dockerfile to export.")
  var file: String

  @Flag(help: "Write to standard output.")
  var stdout = false

  @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically).")
  var output: String?

  @Flag(help: "Print a unified diff against the file (applies with patch -p0 or git apply -p0).")
  var diff = false

  @Flag(name: .customLong("in-place"), help: "Replace the file itself, keeping a copy as FILE.orig.")
  var inPlace = false

  @Option(name: .customLong("base"), help: "Swap a stage's base, STAGE=IMAGE (STAGE is a name or an index; repeatable).")
  var bases: [String] = []

  @Flag(help: "Replace the output file (or FILE.orig with --in-place) if it exists.")
  var force = false

  @OptionGroup var build: BuildOptions

  func validate() throws {
    let modes = [stdout, output != nil, diff, inPlace].filter { $0 }.count
    guard modes == 1 else {
      throw ValidationError("Pass exactly one of --stdout, -o/--output FILE, --diff or --in-place.")
    }
    if inPlace && file == "-" {
      throw ValidationError("--in-place needs a file, not standard input.")
    }
  }

  func run() throws {
    let input: InputFile
    do {
      input = try InputFile.load(file)
    } catch {
      Console.error(error.description)
      throw ExitCode.unusableInput
    }
    let dockerfile = Dockerfile.parse(input.bytes)
    if !dockerfile.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      Console.error(formatter.format(dockerfile.diagnostics, in: dockerfile.source))
    }
    let edits: [TextEdit]
    switch requestedEdits(in: dockerfile) {
    case .success(let value):
      edits = value
    case .failure(let error):
      Console.error("stagetui: error: \(input.displayName): \(error.description)")
      throw ExitCode.unusableInput
    }
    let exported = (edits.isEmpty ? dockerfile : dockerfile.applying(edits)).printed()
    var mode: mode_t = 0o644
    var status = stat()
    if input.path != "-", stat(input.path, &status) == 0 {
      mode = status.st_mode & 0o7777
    }
    if diff {
      let name = input.path == "-" ? "Dockerfile" : input.path
      try Console.output(UnifiedDiff(oldName: name, newName: name).render(old: input.bytes, new: exported))
    } else if inPlace {
      do {
        try AtomicFileWriter(path: input.path + ".orig", overwrite: force, permissions: mode).write(input.bytes)
        try AtomicFileWriter(path: input.path, overwrite: true, permissions: mode).write(exported)
      } catch {
        Console.error(error.description)
        throw ExitCode.writeFailed
      }
    } else if let output {
      do {
        try AtomicFileWriter(path: output, overwrite: force, permissions: mode).write(exported)
      } catch {
        Console.error(error.description)
        throw ExitCode.writeFailed
      }
    } else {
      try Console.output(exported)
    }
  }

  /// The edits the options ask for, as byte-range replacements of the
  /// source; without `--base` there are none and the export is an exact copy.
  func requestedEdits(in dockerfile: Dockerfile) -> Result<[TextEdit], SwapError> {
    guard !bases.isEmpty else { return .success([]) }
    let graph = StageGraph(dockerfile: dockerfile, configuration: build.configuration())
    do throws(SwapError) {
      var swaps = SwapSet()
      for base in bases {
        let (selector, image) = try StageSelector.parseAssignment(base)
        swaps.set(try BaseImageSwap(stage: try selector.resolve(in: graph), imageText: image))
      }
      return .success(try SwapEditPlan(swaps: swaps, dockerfile: dockerfile, graph: graph).edits)
    } catch {
      return .failure(error)
    }
  }
}
