import Foundation
import Testing

/// Runs the built `stagetui` binary (found as `StagetuiBinary` finds it) end to end.
@Suite("stagetui parse and export")
struct CommandLineTests {
  static var binary: URL? { StagetuiBinary.url }

  struct Run {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String
  }

  private func run(_ arguments: [String]) throws -> Run {
    let process = Process()
    guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
    process.executableURL = binary
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: [UInt8](stdout), stderr: String(decoding: stderr, as: UTF8.self))
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let sample = Array("# syntax=docker/dockerfile:1\r\nFROM golang AS build\nRUN <<EOF\ngo build\nEOF\n\n# tail\n".utf8)

  @Test("parse prints BuildKit's node list as JSON", .enabled(if: binary != nil, "needs the built stagetui binary"))
  func parseJSON() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("Dockerfile")
    try Data(Self.sample).write(to: file)
    let result = try run(["parse", file.path])
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [[String: Any]])
    #expect(json.map { $0["cmd"] as? String } == ["FROM", "RUN"])
    let heredocs = try #require(json[1]["heredocs"] as? [[String: Any]])
    #expect(heredocs.first?["content"] as? String == "go build\n")
    #expect(json[1]["end_line"] as? Int == 5)
  }

  @Test("parse rejects what BuildKit rejects", .enabled(if: binary != nil, "needs the built stagetui binary"))
  func parseError() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("Dockerfile")
    try Data("FROM a\nENV x\n".utf8).write(to: file)
    let result = try run(["parse", "--format", "text", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Dockerfile:2:5: error: ENV must have two arguments"))
  }

  @Test("bad paths get a one-line error", .enabled(if: binary != nil, "needs the built stagetui binary"))
  func badPaths() throws {
    let directory = try temporaryDirectory()
    let missing = directory.appendingPathComponent("nope").path
    let result = try run(["parse", missing])
    #expect(result.status != 0)
    #expect(result.stderr == "stagetui: error: \(missing): no such file or directory — check the path\n")
    let folder = try run(["export", directory.path, "--stdout"])
    #expect(folder.status != 0)
    #expect(folder.stderr.hasPrefix("stagetui: error: \(directory.path): is a directory — "))
  }

  @Test("export copies byte for byte, atomically and carefully", .enabled(if: binary != nil, "needs the built stagetui binary"))
  func export() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("Dockerfile")
    try Data(Self.sample).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)

    let stdout = try run(["export", file.path, "--stdout"])
    #expect(stdout.status == 0)
    #expect(stdout.stdout == Self.sample)

    let output = directory.appendingPathComponent("out/Dockerfile")
    try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
    #expect(try run(["export", file.path, "-o", output.path]).status == 0)
    #expect(try [UInt8](Data(contentsOf: output)) == Self.sample)
    let permissions = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)

    let refused = try run(["export", file.path, "-o", output.path])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("already exists — pass --force"))
    #expect(try run(["export", file.path, "-o", output.path, "--force"]).status == 0)

    let link = directory.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: output)
    let viaLink = try run(["export", file.path, "-o", link.path, "--force"])
    #expect(viaLink.status != 0)
    #expect(viaLink.stderr.contains("is a symbolic link"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
    #expect(leftovers == ["Dockerfile"])
  }

  @Test(
    "export --base on a FROM ${VAR} stage edits the ARG default, and refuses when --build-arg sets it",
    .enabled(if: binary != nil, "needs the built stagetui binary"))
  func exportArgumentBase() throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("Dockerfile")
    let text = "ARG BASE=golang:1.22\nFROM ${BASE} AS build\nRUN go version\nFROM scratch\nCOPY --from=build /go /go\n"
    try Data(text.utf8).write(to: file)

    let edited = try run(["export", file.path, "--stdout", "--base", "build=golang:1.22-alpine"])
    #expect(edited.status == 0, "\(edited.stderr)")
    #expect(String(decoding: edited.stdout, as: UTF8.self) == text.replacingOccurrences(of: "BASE=golang:1.22\n", with: "BASE=golang:1.22-alpine\n"))

    let refused = try run(["export", file.path, "--stdout", "--base", "build=golang:1.22-alpine", "--build-arg", "BASE=golang:1.23"])
    #expect(refused.status == 2)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("--build-arg BASE overrides the ARG default the swap edits"), "\(refused.stderr)")
  }
}
