import Foundation
import ImageSources
import StageAnalysis

/// The image sources the report command asks, strongest first.
enum ReportSources {
  /// An engine when asked for and its socket exists or `DOCKER_HOST` names it (a named engine that
  /// is missing is then reported as unreachable, not silently skipped), an archive when given, a
  /// registry on request.
  static func make(
    engine: Bool, archive: String?, registry: Bool, platform: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [any ImageSizeSource] {
    var sources: [any ImageSizeSource] = []
    if engine, let host = try? DockerHost(parsing: environment["DOCKER_HOST"]),
      environment["DOCKER_HOST"] != nil || FileManager.default.fileExists(atPath: host.socketPath)
    {
      sources.append(DockerEngineSource(host: host))
    }
    if let archive {
      sources.append(ImageArchiveSource(path: archive, platform: platform ?? "linux/amd64"))
    }
    if registry {
      sources.append(RegistrySource(platform: platform ?? PlatformChoice.defaultPlatform))
    }
    return sources
  }
}
