import Foundation

/// Runs Debian's `/usr/bin/docker` (and other tools) against the test engine: the
/// independent witness the real-engine tests compare ImageSources with.
struct DockerCLI {
  /// What a command printed and how it ended.
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  let dockerHost: String
  var executable = "/usr/bin/docker"

  /// Runs `docker args…` (or `tool` when given) with `DOCKER_HOST` and BuildKit set; throws when it fails.
  @discardableResult
  func run(_ arguments: [String], tool: String? = nil, directory: String? = nil) throws -> String {
    let output = try runAllowingFailure(arguments, tool: tool, directory: directory)
    guard output.status == 0 else {
      throw CLIError(command: ([tool ?? executable] + arguments).joined(separator: " "), output: output.stderr)
    }
    return output.stdout
  }

  /// Runs and returns whatever happened.
  func runAllowingFailure(_ arguments: [String], tool: String? = nil, directory: String? = nil) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool ?? executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["DOCKER_HOST"] = dockerHost
    environment["DOCKER_BUILDKIT"] = "1"
    process.environment = environment
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  struct CLIError: Error, CustomStringConvertible {
    var command: String
    var output: String
    var description: String { "\(command) failed: \(output)" }
  }
}
