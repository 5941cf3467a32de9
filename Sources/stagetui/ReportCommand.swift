import ArgumentParser
import Foundation
import ImageSources
import StageAnalysis

/// `stagetui report`: per-layer sizes with provenance and the projected target image size.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Size every instruction of every stage and project the target image, saying where each number comes from.",
    discussion: """
      Sources, strongest first: images measured by a Docker engine (--image STAGE=TAG, local base \
      images), image archives, registries (--registry), the build context, the base-image catalog, \
      estimates with ranges, and unknown. Sizes are content bytes (what docker image inspect and \
      docker history show) unless --size-kind says otherwise; text uses decimal units like Docker. \
      Directories are searched as parse searches them. Exit status: 0 done, 2 an input cannot be \
      used (the reports of the other files are still printed), 3 the output cannot be written, 4 \
      --engine require and the engine does not answer.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Dockerfiles, or directories to search for Dockerfile, *.Dockerfile and Dockerfile.*.")
  var paths: [String] = []

  @OptionGroup var list: PathListOptions

  @OptionGroup var build: BuildOptions

  @OptionGroup var sizes: SizeSourceOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(help: "How many files to size at once (default: all cores).")
  var jobs: Int?

  func validate() throws {
    if paths.isEmpty && list.filesFrom == nil {
      throw ValidationError("expected a Dockerfile, a directory or --files-from")
    }
    if list.filesFrom == "-" && paths.contains("-") {
      throw ValidationError("standard input cannot be both a Dockerfile and the --files-from list")
    }
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs \(jobs): expected 1 or more")
    }
  }

  func run() async throws {
    let named = paths + (try list.listedPaths())
    let files: [String]
    do {
      files = try DockerfileDiscovery.dockerfiles(in: named)
    } catch {
      Console.error(error.description)
      throw ExitCode.unusableInput
    }
    try sizes.checkPaths()
    let builder = SizeReportBuilder(sources: try await sizes.sources(platform: build.platform), model: sizes.model)
    let stageImages = sizes.stageImages
    let configuration = build.configuration()
    let options = sizes
    // One context value per directory, shared by every Dockerfile sized against it, so what one
    // analysis reads of the tree serves the others.
    var contexts: [String: DiskBuildContext] = [:]
    for file in files {
      let directory = options.contextRoot(for: file)
      if contexts[directory] == nil { contexts[directory] = DiskBuildContext(root: directory) }
    }
    let shared = contexts
    let reports = await ReportRunner.run(files, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
      file -> ReportRunner.Outcome in
      let input: InputFile
      do throws(InputFile.Failure) {
        input = try InputFile.load(file)
      } catch {
        return .failure(error.description)
      }
      let directory = options.contextRoot(for: file)
      let request = SizeReportRequest(
        file: input.displayName, dockerfile: input.bytes, configuration: configuration,
        context: shared[directory] ?? DiskBuildContext(root: directory),
        dockerfilePath: BuildContextPath.relativePath(of: file, in: directory), stageImages: stageImages)
      let report = await builder.report(for: request)
      if let wanted = configuration.target, report.target == nil {
        return .failure(Self.unknownTarget(wanted, stages: report.stages.compactMap(\.name), file: input.displayName))
      }
      return .success(report)
    }
    var finished: [SizeReport] = []
    var failures: [String] = []
    for result in reports {
      switch result {
      case .success(let report): finished.append(report)
      case .failure(let message): failures.append(message)
      }
    }
    let output: String
    switch format {
    case .text: output = finished.map(TextSizeFormat.render).joined(separator: "\n")
    case .json: output = files.count == 1 && finished.count == 1 ? JSONSizeFormat.render(finished[0]) : JSONSizeFormat.render(finished)
    }
    if !finished.isEmpty {
      try Console.output(output)
    }
    if !failures.isEmpty {
      Console.error(failures.joined(separator: "\n"))
      throw ExitCode.unusableInput
    }
  }

  /// The message for a `--target` that names no stage of `file`, shared with `swap`.
  static func unknownTarget(_ target: String, stages: [String], file: String) -> String {
    let known = stages.isEmpty ? "the file has no named stages" : "stages: " + stages.joined(separator: ", ")
    return "stagetui: error: \(file): --target \(target): no stage has this name (\(known))"
  }
}
