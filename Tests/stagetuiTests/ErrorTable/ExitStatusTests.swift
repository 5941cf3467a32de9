import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Each exit status of README's table, produced by the real binary: 0 done, 1 the Dockerfile
/// has errors, 2 an input cannot be used, 3 the output cannot be written, 4 `--engine require`
/// without an engine, 64 a usage error; and `--help` documents them.
@Suite("Error table: exit statuses", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct ExitStatusTests {
  static let valid = "FROM alpine:3.19 AS build\nRUN echo hi\nFROM scratch\nCOPY --from=build /etc/hostname /x\n"

  @Test("0: a file BuildKit accepts, for parse, graph, report, swap and export")
  func statusZero() throws {
    let scratch = try Scratch("status-0")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    for command in [["parse"], ["graph"], ["report", "--engine", "off"], ["swap", "--engine", "off"], ["export", "--stdout"]] {
      let result = try stagetui(command + [path], timeLimit: 60)
      #expect(result.status == 0, "\(command): \(result)")
      #expect(result.stderr.isEmpty, "\(command): \(result)")
    }
  }

  @Test("1: BuildKit would reject the file (parse, graph)")
  func statusOne() throws {
    let scratch = try Scratch("status-1")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\nENV x\n")
    for command in ["parse", "graph"] {
      let result = try stagetui([command, path])
      #expect(result.status == 1, "\(command): \(result)")
      #expect(result.stderr.hasPrefix("\(path):2:5: error: ENV must have two arguments\n"), "\(command): \(result)")
    }
  }

  @Test("2: an input that cannot be used, for every command that reads one")
  func statusTwo() throws {
    let scratch = try Scratch("status-2")
    defer { scratch.remove() }
    let missing = scratch.path("Dockerfile")
    for command in [["parse"], ["graph"], ["report"], ["swap"], ["export", "--stdout"], ["open"]] {
      let result = try stagetui(command + [missing])
      #expect(result.status == 2, "\(command): \(result)")
      #expect(result.stderr == "stagetui: error: \(missing): no such file or directory — check the path\n", "\(command)")
    }
  }

  /// `/dev/full` fails every write with ENOSPC: the write used to trap inside `FileHandle.write`.
  @Test("3: standard output cannot be written (/dev/full): a message, no crash")
  func statusThreeStandardOutput() throws {
    let scratch = try Scratch("status-3")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    for command in [["parse"], ["graph"], ["report", "--engine", "off"], ["swap", "--engine", "off"], ["export", "--stdout"]] {
      let result = try stagetui(command + [path], timeLimit: 60, standardOutput: "/dev/full")
      #expect(result.signal == nil && result.status == 3, "\(command): \(result)")
      #expect(result.stderr == "stagetui: error: cannot write to standard output: No space left on device\n", "\(command)")
    }
  }

  @Test("3: an export target in a missing directory, the source untouched")
  func statusThreeExport() throws {
    let scratch = try Scratch("status-3-export")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    let target = scratch.path("missing/Dockerfile")
    let result = try stagetui(["export", "-o", target, path])
    #expect(result.status == 3, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: \(target): "), "\(result)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.valid)
  }

  @Test("4: --engine require without an engine socket, for report and swap")
  func statusFourNoSocket() throws {
    let scratch = try Scratch("status-4")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    let socket = scratch.path("no-engine.sock")
    for command in ["report", "swap"] {
      let result = try stagetui(
        [command, "--engine", "require", path], timeLimit: 30, environment: ["DOCKER_HOST": "unix://" + socket])
      #expect(result.status == 4, "\(command): \(result)")
      #expect(
        result.stderr
          == "stagetui: error: --engine require: no Docker engine socket at \(socket) — start the engine or set "
          + "DOCKER_HOST=unix:///path/to/docker.sock, or pass --engine auto\n", "\(command)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("4: --engine require with an engine that answers garbage, under 20 s")
  func statusFourGarbageUnder20s() throws {
    let socket = "/tmp/st-\(UUID().uuidString.prefix(8)).sock"
    let server = try FakeSocketServer(unixPath: socket, behaviour: .answer(Array("HTTP/1.1 500 Oops\r\n\r\n".utf8)))
    defer {
      server.stop()
      unlink(socket)
    }
    let scratch = try Scratch("status-4-garbage")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    let result = try stagetui(
      ["report", "--engine", "require", path], timeLimit: 20, environment: ["DOCKER_HOST": "unix://" + socket])
    #expect(result.status == 4, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: --engine require: "), "\(result)")
    #expect(result.stderr.hasSuffix(" — start the engine or set DOCKER_HOST=unix:///path/to/docker.sock, or pass --engine auto\n"))
  }

  @Test("4: --engine require with an engine that accepts and never answers, under 20 s")
  func statusFourHangingUnder20s() throws {
    let socket = "/tmp/st-\(UUID().uuidString.prefix(8)).sock"
    let server = try FakeSocketServer(unixPath: socket, behaviour: .hang)
    defer {
      server.stop()
      unlink(socket)
    }
    let scratch = try Scratch("status-4-hang")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    let result = try stagetui(
      ["swap", "--engine", "require", path], timeLimit: 40, environment: ["DOCKER_HOST": "unix://" + socket])
    #expect(!result.timedOut && result.status == 4, "\(result)")
    #expect(result.seconds < 20, "\(result)")
    #expect(result.stderr.hasPrefix("stagetui: error: --engine require: "), "\(result)")
  }

  @Test("--engine require with a real engine (CI): exit 0")
  func requireRealEngine() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let host = environment["STAGETUI_TEST_DOCKER_HOST"] else {
      #expect(environment["STAGETUI_REQUIRE_ENGINE"] != "1", "STAGETUI_REQUIRE_ENGINE=1 but STAGETUI_TEST_DOCKER_HOST is not set")
      return
    }
    let scratch = try Scratch("status-require")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.valid)
    let result = try stagetui(["report", "--engine", "require", path], timeLimit: 60, environment: ["DOCKER_HOST": host])
    #expect(result.status == 0, "\(result)")
  }

  @Test("64: a usage error, from the argument parser")
  func statusUsage() throws {
    for arguments in [["parse", "--frobnicate", "x"], ["export", "Dockerfile"], ["report", "--engine", "maybe", "x"]] {
      let result = try stagetui(arguments)
      #expect(result.status == 64, "\(arguments): \(result)")
      #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result)")
    }
  }

  @Test("--help lists every exit status")
  func helpListsStatuses() throws {
    let result = try stagetui(["--help"])
    #expect(result.status == 0, "\(result)")
    for line in [
      "  0   done", "  1   the Dockerfile has errors", "  2   an input cannot be used", "  3   the output cannot be written",
      "  4   --engine require", "  64  a usage error",
    ] {
      #expect(result.stdoutText.contains(line), "\(line)\n\(result.stdoutText)")
    }
    let widest = result.stdoutText.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 80, "the help is rewrapped past 80 columns:\n\(result.stdoutText)")
  }
}
