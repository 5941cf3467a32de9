import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a short command (the tmux client, `kill`) with a time limit, its output in files.
///
/// Not Foundation's `Process`: on Linux it learns that a child ended when every copy of a socket
/// the child inherits is closed, and the tmux server that `new-session` starts (a daemon forked by
/// the client) keeps that copy for its whole life, so `waitUntilExit()` on the client returned only
/// when the server quit. That was the stall of this suite's first test. Here the child is reaped
/// with `waitpid`, and every descriptor above standard error is closed in the child, so the server
/// holds nothing of the test process (no other test's pipe or socket).
struct TmuxCommand {
  /// What a finished run produced.
  struct Outcome {
    /// The exit status (128 + the signal when a signal ended it).
    var status: Int32
    /// Standard output.
    var output: String
    /// Standard error.
    var errorOutput: String
  }

  /// Why a command could not be run to its end.
  enum Failure: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case timedOut(String, seconds: Double)

    var description: String {
      switch self {
      case .spawn(let command, let code): "cannot start \(command): \(String(cString: strerror(code)))"
      case .timedOut(let command, let seconds): "\(command) did not finish within \(seconds) s (killed)"
      }
    }
  }

  /// The command and its arguments (`executable` is an absolute path).
  var executable: String
  var arguments: [String]
  /// Killed with SIGKILL after this many seconds.
  var timeLimit: Double = 10

  /// Runs the command to its end; throws when it cannot start or outlives the limit.
  @discardableResult
  func run() async throws -> Outcome {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stagetui-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outPath = scratch.appendingPathComponent("out").path
    let errPath = scratch.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    TmuxCommand.closeInheritedDescriptors(&actions)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    TmuxCommand.resetSignals(&attributes)
    let argv = [executable] + arguments
    var pid: pid_t = 0
    let pointers = argv.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    let code = posix_spawn(&pid, executable, &actions, &attributes, pointers, environ)
    guard code == 0 else { throw Failure.spawn(executable, code) }
    let start = Date()
    var waitStatus: Int32 = 0
    while true {
      let reaped = waitpid(pid, &waitStatus, WNOHANG)
      if reaped == pid { break }
      if reaped < 0 && errno != EINTR { break }
      if Date().timeIntervalSince(start) > timeLimit {
        kill(pid, SIGKILL)
        _ = waitpid(pid, &waitStatus, 0)
        throw Failure.timedOut(argv.joined(separator: " "), seconds: timeLimit)
      }
      try await Task.sleep(for: .milliseconds(2))
    }
    let signal = waitStatus & 0x7F
    return Outcome(
      status: signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal,
      output: String(
        decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
      errorOutput: String(
        decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self))
  }

  /// Starts the child with no signal blocked and every signal at its default action.
  ///
  /// The test runs on threads that block most signals, and a child inherits that mask: the tmux
  /// server (and the shell and stagetui under it) then never saw SIGTERM, so `kill-server` left
  /// every server running.
  private static func resetSignals(_ attributes: inout posix_spawnattr_t) {
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  }

  /// Adds "close every descriptor from 3 up" to `actions`: glibc's `closefrom` action when the C
  /// library has it (2.34+; looked up at run time, Swift does not import it), else a close action
  /// for each descriptor open now.
  private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    {
      let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
      if closeFrom(&actions, 3) == 0 { return }
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
  }
}
