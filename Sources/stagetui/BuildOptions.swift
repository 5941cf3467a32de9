import ArgumentParser
import Foundation
import StageAnalysis

/// `--target`, `--build-arg` and `--platform`, as `docker build` takes them; shared by `graph`, `report`, `swap` and `export`.
struct BuildOptions: ParsableArguments {
  @Option(help: "The stage to build (by name, as docker build --target); the last stage by default.")
  var target: String?

  @Option(
    name: .customLong("build-arg"),
    help: "A build argument NAME=VALUE (repeatable); NAME alone takes the value from the environment.")
  var buildArguments: [String] = []

  @Option(help: "The target platform, e.g. linux/arm64 (default: this machine's).")
  var platform: String?

  func validate() throws {
    if let platform, case .failure(let error) = Platform.parse(platform) {
      throw ValidationError("--platform \(platform): \(error.message)")
    }
    for argument in buildArguments where argument.hasPrefix("=") || argument.isEmpty {
      throw ValidationError("--build-arg \(argument): expected NAME=VALUE")
    }
  }

  /// The configuration these options describe.
  func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) -> BuildConfiguration {
    var values: [String: String] = [:]
    for argument in buildArguments {
      if let equals = argument.firstIndex(of: "=") {
        values[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
      } else if let value = environment[argument] {
        values[argument] = value
      }
    }
    let targetPlatform = platform.flatMap { try? Platform.parse($0).get() }
    return BuildConfiguration(target: target, buildArguments: values, targetPlatform: targetPlatform)
  }
}
