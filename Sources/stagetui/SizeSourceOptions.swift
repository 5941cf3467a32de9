import ArgumentParser
import Foundation
import ImageSources
import StageAnalysis

/// Where sizes come from: the build context, built stage images, an image archive, the Docker
/// engine and registries, and the size kind; shared by `report` and `swap` so both size alike.
struct SizeSourceOptions: ParsableArguments {
  /// Whether to ask a local Docker engine.
  enum EngineMode: String, ExpressibleByArgument, CaseIterable {
    /// Ask the engine at `DOCKER_HOST` when its socket exists.
    case auto
    /// Never ask it.
    case off
    /// Ask it, and stop with exit status 4 when it does not answer.
    case require
  }

  @Option(help: "The build context directory (default: each Dockerfile's directory).")
  var context: String?

  @Option(name: .customLong("image"), help: "STAGE=TAG: an image built from a stage (name or index); repeatable.")
  var images: [String] = []

  @Option(name: .customLong("image-archive"), help: "A docker save archive or OCI layout to read images from.")
  var imageArchive: String?

  @Option(
    help: """
      auto asks the Docker engine at DOCKER_HOST when its socket exists; off never does; require \
      stops with status 4 when it does not answer.
      """)
  var engine: EngineMode = .auto

  @Flag(help: "Ask registries for manifests (requests leave the machine).")
  var registry = false

  @Option(name: .customLong("size-kind"), help: "content (default), tar (image archives) or compressed (registries).")
  var sizeKind: String = SizeKind.content.rawValue

  func validate() throws {
    guard SizeKind(rawValue: sizeKind) != nil else {
      throw ValidationError("--size-kind \(sizeKind): expected content, tar or compressed")
    }
    for image in images where ReportImageOption(image) == nil {
      throw ValidationError("--image \(image): expected STAGE=TAG, STAGE a stage name or index")
    }
  }

  /// The `--image` records as (stage, reference) pairs.
  var stageImages: [(stage: String, reference: String)] {
    images.compactMap(ReportImageOption.init).map { (stage: $0.stage, reference: $0.reference) }
  }

  /// The size model for `--size-kind`.
  var model: SizeModel {
    SizeModel(sizeKind: SizeKind(rawValue: sizeKind) ?? .content)
  }

  /// The context directory for `file`: `--context`, else the file's own directory.
  func contextRoot(for file: String) -> String {
    context ?? BuildContextPath.directory(of: file)
  }

  /// Checks that `--context` and `--image-archive` exist (exit 2 with the path when not).
  func checkPaths() throws(ExitCode) {
    for path in [context, imageArchive].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: path) {
      Console.error("stagetui: error: \(path): no such file or directory — check the path")
      throw .unusableInput
    }
  }

  /// The image sources, strongest first; with `--engine require`, first checks the engine answers.
  func sources(
    platform: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) async throws(ExitCode) -> [any ImageSizeSource] {
    if engine == .require {
      try await requireEngine(environment: environment)
    }
    return ReportSources.make(
      engine: engine != .off, archive: imageArchive, registry: registry, platform: platform, environment: environment)
  }

  /// Asks the engine for its API version; says why and throws `ExitCode.engineUnavailable` when it cannot answer.
  private func requireEngine(environment: [String: String]) async throws(ExitCode) {
    let advice = "start the engine or set DOCKER_HOST=unix:///path/to/docker.sock, or pass --engine auto"
    let host: DockerHost
    do throws(ImageSourceFailure) {
      host = try DockerHost(parsing: environment["DOCKER_HOST"])
    } catch {
      Console.error("stagetui: error: --engine require: \(error.reason) — \(advice)")
      throw .engineUnavailable
    }
    guard FileManager.default.fileExists(atPath: host.socketPath) else {
      Console.error("stagetui: error: --engine require: no Docker engine socket at \(host.socketPath) — \(advice)")
      throw .engineUnavailable
    }
    do throws(ImageSourceFailure) {
      _ = try await DockerEngineSource(host: host).negotiatedAPIVersion()
    } catch {
      Console.error("stagetui: error: --engine require: \(error.reason) — \(advice)")
      throw .engineUnavailable
    }
  }
}
