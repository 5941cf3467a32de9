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
      docker history show) unless --size-kind says otherwise; text uses decimal units like Docker.
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  /// Whether to ask a local Docker engine.
  enum EngineMode: String, ExpressibleByArgument, CaseIterable {
    case auto, off
  }

  @Argument(help: "Dockerfiles, or directories to search for Dockerfile, *.Dockerfile and Dockerfile.*.")
  var paths: [String]

  @OptionGroup var build: BuildOptions

  @Option(help: "The build context directory (default: each Dockerfile's directory).")
  var context: String?

  @Option(name: .customLong("image"), help: "STAGE=TAG: an image built from a stage (name or index); repeatable.")
  var images: [String] = []

  @Option(name: .customLong("image-archive"), help: "A docker save archive or OCI layout to read images from.")
  var imageArchive: String?

  @Option(help: "auto asks the Docker engine at DOCKER_HOST when its socket exists; off never does.")
  var engine: EngineMode = .auto

  @Flag(help: "Ask registries for manifests (requests leave the machine).")
  var registry = false

  @Option(name: .customLong("size-kind"), help: "content (default), tar (image archives) or compressed (registries).")
  var sizeKind: String = SizeKind.content.rawValue

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Option(help: "How many files to size at once (default: all cores).")
  var jobs: Int?

  func validate() throws {
    guard SizeKind(rawValue: sizeKind) != nil else {
      throw ValidationError("--size-kind \(sizeKind): expected content, tar or compressed")
    }
    for image in images where ReportImageOption(image) == nil {
      throw ValidationError("--image \(image): expected STAGE=TAG, STAGE a stage name or index")
    }
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs \(jobs): expected 1 or more")
    }
  }

  func run() async throws {
    let files: [String]
    do {
      files = try ReportFileFinder.dockerfiles(in: paths)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(2)
    }
    let kind = SizeKind(rawValue: sizeKind) ?? .content
    let builder = SizeReportBuilder(
      sources: ReportSources.make(engine: engine == .auto, archive: imageArchive, registry: registry,
        platform: build.platform),
      model: SizeModel(sizeKind: kind))
    let stageImages = images.compactMap(ReportImageOption.init).map { (stage: $0.stage, reference: $0.reference) }
    let configuration = build.configuration()
    let contextOverride = context
    var failures: [String] = []
    let reports = await ReportRunner.run(files, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
      file -> ReportRunner.Outcome in
      guard let input = try? InputFile.load(file) else { return .failure("stagetui: error: \(file): cannot be read") }
      let directory = contextOverride ?? ReportFileFinder.directory(of: file)
      let request = SizeReportRequest(
        file: input.displayName, dockerfile: input.bytes, configuration: configuration,
        context: DiskBuildContext(root: directory),
        dockerfilePath: ReportFileFinder.relativePath(of: file, in: directory), stageImages: stageImages)
      return .success(await builder.report(for: request))
    }
    var finished: [SizeReport] = []
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
    FileHandle.standardOutput.write(Data(output.utf8))
    if !failures.isEmpty {
      FileHandle.standardError.write(Data((failures.joined(separator: "\n") + "\n").utf8))
      throw ExitCode(2)
    }
  }
}
