import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh temporary directory for one test, with helpers to fill it.
struct Scratch {
  /// The directory.
  let url: URL

  /// Creates an empty directory under the system temporary directory.
  init(_ label: String = "case") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the directory.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `bytes` to `name` (parents created) and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes `text` as UTF-8 to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  /// Removes the directory and everything in it.
  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// Runs the built `stagetui` with `arguments`.
///
/// With `unprivileged`, a test running as root runs the binary as uid/gid 65534
/// through setpriv, because root reads files whatever their mode; permission
/// cases can only be seen without that privilege. With `dataLimit`, the run
/// may not allocate more than that many bytes (see `ChildProcess.dataLimit`).
func stagetui(
  _ arguments: [String], timeLimit: Double = 60, environment: [String: String] = [:],
  removing removed: Set<String> = [], standardInput: String = "/dev/null", standardOutput: String? = nil,
  unprivileged: Bool = false, dataLimit: Int? = nil
) throws -> ChildProcess.Outcome {
  let binary = try StagetuiBinary.require()
  var child = ChildProcess(executable: binary, arguments: arguments)
  if unprivileged && geteuid() == 0 {
    child = ChildProcess(
      executable: URL(fileURLWithPath: "/usr/bin/setpriv"),
      arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments)
  }
  child.environment = environment
  child.removedEnvironment = removed
  child.standardInput = standardInput
  child.standardOutput = standardOutput
  child.timeLimit = timeLimit
  child.dataLimit = dataLimit
  return try child.run()
}
