import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion under a wall-clock limit and reports its
/// exit status, output and peak memory.
///
/// Output goes to files rather than pipes, so a chatty child never blocks on a
/// full pipe; the child is reaped with `wait4`, whose CPU times belong to that
/// child alone (unlike `RUSAGE_CHILDREN`, which mixes every child the test
/// process ever had, and tests run in parallel).
///
/// A memory bound is enforced, not sampled: with `dataLimit` the child runs
/// under `RLIMIT_DATA` (set by `/bin/sh`'s `ulimit -d` just before it `exec`s
/// the program), so a child that would pass the bound fails to allocate and
/// dies, whatever the machine's load. Sampling cannot give that guarantee: a
/// child that starts and exits between two polls of a busy test runner is
/// never seen, and `wait4`'s `ru_maxrss` cannot stand in, because
/// `posix_spawn` starts the child in the parent's address space (vfork) and
/// Linux folds that address space's high-water mark into the child's figure
/// at `exec` (CI saw a 350 MB test runner reported as the child's peak).
///
/// `peakMemory` is the child's own `VmHWM` read from `/proc/PID/status` every
/// poll while it runs, for the failure message; it is nil when the child
/// ended before the first reading.
struct ChildProcess {
  /// What a finished (or killed) run produced.
  struct Outcome: CustomStringConvertible {
    /// The exit status, or nil when the child was killed by a signal.
    var status: Int32?
    /// The signal that ended the child, if any.
    var signal: Int32?
    /// Whether the wall-clock limit ran out (the child was then killed).
    var timedOut: Bool
    /// Standard output.
    var stdout: [UInt8]
    /// Standard error, decoded as UTF-8.
    var stderr: String
    /// Peak resident set size in bytes as sampled, or nil when the child ended before the first sample.
    var peakMemory: Int?
    /// Wall-clock seconds.
    var seconds: Double
    /// CPU seconds (user and system) of the child alone, which a loaded machine does not inflate.
    var cpuSeconds: Double = 0

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    var description: String {
      "status \(status.map(String.init) ?? "-") signal \(signal.map(String.init) ?? "-") timedOut \(timedOut) "
        + "peak \(peakMemory.map { "\($0 / 1_048_576) MB" } ?? "not sampled") "
        + "in \(String(format: "%.2f", seconds)) s "
        + "(CPU \(String(format: "%.2f", cpuSeconds)) s)\nstderr: \(stderr.prefix(2000))"
    }
  }

  /// Why a child could not be started.
  struct SpawnFailure: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
  }

  var executable: URL
  var arguments: [String]
  /// Extra environment variables on top of the test process's own.
  var environment: [String: String] = [:]
  /// Variables to drop from the inherited environment.
  var removedEnvironment: Set<String> = []
  /// A file to connect to standard input (`/dev/null` by default).
  var standardInput: String = "/dev/null"
  /// A file to connect to standard output instead of the captured one (e.g. `/dev/full`).
  var standardOutput: String?
  /// The wall-clock limit; the child is killed with SIGKILL after it.
  var timeLimit: Double = 60
  /// A bound on the child's data segment and private writable mappings in
  /// bytes (`RLIMIT_DATA`), or nil for none. An allocation past it fails, and
  /// a Swift program then stops with a fatal error.
  var dataLimit: Int?

  /// The program and arguments to `exec`: the child itself, or `/bin/sh`
  /// setting the data limit and then replacing itself with the child.
  private var commandLine: [String] {
    guard let dataLimit else { return [executable.path] + arguments }
    let kibibytes = max(1, dataLimit / 1024)
    return ["/bin/sh", "-c", "ulimit -d \"$0\" && exec \"$@\"", String(kibibytes), executable.path] + arguments
  }

  /// Runs the child and waits for it (or kills it at the limit).
  func run() throws -> Outcome {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outPath = scratch.appendingPathComponent("stdout").path
    let errPath = scratch.appendingPathComponent("stderr").path

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput ?? outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var merged = ProcessInfo.processInfo.environment
    for name in removedEnvironment { merged[name] = nil }
    merged.merge(environment) { $1 }
    let argv = commandLine
    let envp = merged.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let start = Date()
    let code = withCStrings(argv) { argvPointers in
      withCStrings(envp) { envPointers in
        posix_spawn(&pid, argv[0], &actions, nil, argvPointers, envPointers)
      }
    }
    guard code == 0 else { throw SpawnFailure(code: code) }

    var waitStatus: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var sampledPeak: Int?
    while true {
      if let highWater = Self.highWaterMark(of: pid) { sampledPeak = max(sampledPeak ?? 0, highWater) }
      let reaped = wait4(pid, &waitStatus, WNOHANG, &usage)
      if reaped == pid { break }
      if reaped < 0 && errno != EINTR { break }
      if !timedOut && Date().timeIntervalSince(start) > timeLimit {
        timedOut = true
        kill(pid, SIGKILL)
      }
      usleep(2_000)
    }
    let seconds = Date().timeIntervalSince(start)
    let exited = waitStatus & 0x7F == 0
    return Outcome(
      status: exited ? (waitStatus >> 8) & 0xFF : nil,
      signal: exited ? nil : waitStatus & 0x7F,
      timedOut: timedOut,
      stdout: Array((try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()),
      stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
      peakMemory: sampledPeak,
      seconds: seconds,
      cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000)
  }

  /// The `VmHWM` line of `/proc/PID/status` in bytes, or nil once the process is gone.
  static func highWaterMark(of pid: pid_t) -> Int? {
    let descriptor = open("/proc/\(pid)/status", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let text = String(decoding: bytes[..<count], as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
    let kilobytes = line.dropFirst("VmHWM:".count).split(separator: " ").first.flatMap { Int($0) }
    return kilobytes.map { $0 * 1024 }
  }

  /// Starts the child without waiting; the caller kills and reaps it.
  func start() throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let argv = [executable.path] + arguments
    let envp = merged.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let code = withCStrings(argv) { argvPointers in
      withCStrings(envp) { envPointers in
        posix_spawn(&pid, executable.path, &actions, nil, argvPointers, envPointers)
      }
    }
    guard code == 0 else { throw SpawnFailure(code: code) }
    return pid
  }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<Result>(
  _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
  let pointers = strings.map { strdup($0) } + [nil]
  defer { pointers.forEach { free($0) } }
  return body(pointers)
}
