import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The error table for directories and many files: a directory without Dockerfiles, one that
/// cannot be listed, the 64 MiB bound on files and standard input, and `report` naming why a
/// file could not be read while still reporting the others.
@Suite("Error table: directories, limits and many files", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct DiscoveryErrorTests {
  static let dockerfile = "FROM alpine:3.19\nRUN echo hi\n"

  @Test("a directory without Dockerfiles: exit 2 and what a directory must hold (parse, report)")
  func emptyDirectory() throws {
    let scratch = try Scratch("empty-dir")
    defer { scratch.remove() }
    try scratch.write("README.md", "not a Dockerfile\n")
    try scratch.write("Dockerfile.dockerignore", "*\n")
    try scratch.write("node_modules/x/Dockerfile", Self.dockerfile)
    for command in [["parse"], ["report", "--engine", "off"]] {
      let result = try stagetui(command + [scratch.url.path])
      #expect(result.status == 2, "\(command): \(result)")
      #expect(
        result.stderr
          == "stagetui: error: no Dockerfile found under \(scratch.url.path); pass a file or a directory holding "
          + "Dockerfile, *.Dockerfile or Dockerfile.*\n", "\(command)")
      #expect(result.stdout.isEmpty, "\(command): printed \(result.stdoutText)")
    }
  }

  /// Run without root's privilege, so the mode really bites.
  @Test("a directory that cannot be listed: exit 2, says so instead of finding nothing")
  func unlistableDirectory() throws {
    let scratch = try Scratch("unlistable")
    defer {
      chmod(scratch.path("locked"), 0o755)
      scratch.remove()
    }
    try scratch.write("locked/Dockerfile", Self.dockerfile)
    chmod(scratch.path("locked"), 0o000)
    chmod(scratch.url.path, 0o755)
    let result = try stagetui(["parse", scratch.url.path], unprivileged: true)
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(scratch.path("locked")): cannot list the directory: permission denied — check its "
        + "permissions, or pass the Dockerfiles themselves\n")
  }

  @Test("report searches directories as parse does (one discovery, *.dockerfile included)")
  func reportUsesTheSameDiscovery() throws {
    let scratch = try Scratch("discovery")
    defer { scratch.remove() }
    for name in ["Dockerfile", "api.Dockerfile", "Dockerfile.dev", "web.dockerfile", "sub/Dockerfile", ".build/Dockerfile"] {
      try scratch.write(name, Self.dockerfile)
    }
    let parsed = try stagetui(["parse", "--format", "text", scratch.url.path])
    let reported = try stagetui(["report", "--engine", "off", "--format", "json", scratch.url.path], timeLimit: 60)
    #expect(parsed.status == 0 && reported.status == 0, "\(parsed)\n\(reported)")
    let parsedFiles = parsed.stdoutText.split(separator: "\n").filter { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(reported.stdout)) as? [[String: Any]])
    let reportedFiles = json.compactMap { $0["file"] as? String }
    #expect(parsedFiles.count == 5, "\(parsedFiles)")
    #expect(reportedFiles == parsedFiles)
  }

  @Test("report names why a file cannot be read, and still reports the others: exit 2")
  func reportKeepsTheLoadFailureReason() throws {
    let scratch = try Scratch("report-reason")
    defer { scratch.remove() }
    let good = try scratch.write("good/Dockerfile", Self.dockerfile)
    let fifo = scratch.path("Dockerfile.pipe")
    try #require(mkfifo(fifo, 0o644) == 0)
    let result = try stagetui(["report", "--engine", "off", "--format", "json", good, fifo], timeLimit: 60)
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(fifo): is not a regular file (a pipe, socket or device) — save the Dockerfile to a "
        + "file, or pipe it in with '-'\n")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [[String: Any]])
    #expect(json.compactMap { $0["file"] as? String } == [good])
  }

  @Test("--target naming no stage: exit 2 with the stages, for report and swap (graph: BuildKit's error, exit 1)")
  func unknownTarget() throws {
    let scratch = try Scratch("unknown-target")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine:3.19 AS build\nRUN true\nFROM build AS app\n")
    for command in [["report", "--engine", "off"], ["swap", "--engine", "off"]] {
      let result = try stagetui(command + ["--target", "nope", path], timeLimit: 60)
      #expect(result.status == 2, "\(command): \(result)")
      #expect(result.stderr == "stagetui: error: \(path): --target nope: no stage has this name (stages: build, app)\n")
      #expect(result.stdout.isEmpty, "\(command)")
    }
    let graph = try stagetui(["graph", "--target", "nope", path])
    #expect(graph.status == 1, "\(graph)")
    #expect(graph.stderr.hasPrefix("\(path):3:1: error: target stage \"nope\" could not be found\n"), "\(graph)")
  }

  /// A sparse file: the size is refused from `fstat` before a byte is read.
  @Test("a file over 64 MiB: exit 2 at once with the size and the limit (under 5 s and 300 MB)")
  func fileOver64MiBUnder5sAnd100MB() throws {
    let scratch = try Scratch("huge-file")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", Self.dockerfile)
    try #require(truncate(path, (64 << 20) + 1) == 0)
    let result = try stagetui(["graph", path], timeLimit: 5, dataLimit: 300 << 20)
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(path): larger than 64 MiB (67108865 bytes) — stagetui reads Dockerfiles up to 64 MiB; "
        + "check that this is the Dockerfile\n")
  }

  /// `stagetui parse -` with 200 MB (a sparse file) on standard input, under `dataLimit` bytes.
  private func parseHugeStandardInput(dataLimit: Int) throws -> ChildProcess.Outcome {
    let scratch = try Scratch("huge-stdin")
    defer { scratch.remove() }
    let input = scratch.path("input")
    try #require(FileManager.default.createFile(atPath: input, contents: nil))
    try #require(truncate(input, 200 << 20) == 0)
    return try stagetui(["parse", "-"], timeLimit: 20, standardInput: input, dataLimit: dataLimit)
  }

  @Test("standard input over 64 MiB: exit 2, read no further than the limit (under 20 s and 300 MB)")
  func standardInputOver64MiBUnder20sAnd300MB() throws {
    let result = try parseHugeStandardInput(dataLimit: 300 << 20)
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: <stdin>: larger than 64 MiB — stagetui reads Dockerfiles up to 64 MiB; check that this "
        + "is the Dockerfile\n")
  }

  /// The memory bounds above are enforced by the kernel; this shows the bound
  /// bites: the same refusal needs a 64 MiB buffer, which 40 MB cannot hold.
  @Test("the memory bound of these checks is enforced: the stdin refusal under a 40 MB data limit dies")
  func dataLimitIsEnforced() throws {
    let result = try parseHugeStandardInput(dataLimit: 40 << 20)
    #expect(result.status != 2 && result.status != 0, "\(result)")
    #expect(result.stderr.contains("failed to allocate"), "\(result)")
  }

  @Test("standard input up to the limit is read: a Dockerfile piped in parses, exit 0")
  func standardInputWithinLimit() throws {
    let scratch = try Scratch("stdin")
    defer { scratch.remove() }
    let input = try scratch.write("input", Self.dockerfile)
    let result = try stagetui(["graph", "-"], standardInput: input)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdoutText.contains("alpine"), "\(result)")
  }
}
