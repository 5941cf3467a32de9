import ArgumentParser
import DockerfileSyntax
import Foundation

/// `stagetui export`: writes the Dockerfile back out, byte for byte except
/// where edits were asked for.
///
/// The pipeline is read, parse, apply the requested `TextEdit`s with
/// `Dockerfile.applying(_:)`, print the tree, write atomically. Edit options
/// (such as base-image swaps) add their edits to `requestedEdits(in:)`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the Dockerfile back out; only edited spans change."
  )

  @Argument(help: "The Dockerfile to export.")
  var file: String

  @Flag(help: "Write to standard output.")
  var stdout = false

  @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically).")
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  func validate() throws {
    guard stdout != (output != nil) else {
      throw ValidationError("Pass exactly one of --stdout or -o/--output FILE.")
    }
  }

  func run() throws {
    let input: InputFile
    do {
      input = try InputFile.load(file)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(2)
    }
    let dockerfile = Dockerfile.parse(input.bytes)
    if !dockerfile.diagnostics.isEmpty {
      let formatter = DiagnosticFormatter(fileName: input.displayName)
      FileHandle.standardError.write(Data(formatter.format(dockerfile.diagnostics, in: dockerfile.source).utf8))
    }
    let edits = requestedEdits(in: dockerfile)
    let exported = (edits.isEmpty ? dockerfile : dockerfile.applying(edits)).printed()
    if let output {
      var mode: mode_t = 0o644
      var status = stat()
      if input.path != "-", stat(input.path, &status) == 0 {
        mode = status.st_mode & 0o7777
      }
      do {
        try AtomicFileWriter(path: output, overwrite: force, permissions: mode).write(exported)
      } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(1)
      }
    } else {
      FileHandle.standardOutput.write(Data(exported))
    }
  }

  /// The edits the options ask for, as byte-range replacements of the
  /// source; none of today's options edits, so the export is an exact copy.
  func requestedEdits(in dockerfile: Dockerfile) -> [TextEdit] {
    []
  }
}
