import Foundation
import Testing

/// `--jobs N` changes how many files are worked on at once, never what is printed: the
/// output of `parse` and `report` over many files is byte-identical for 1 and N threads.
@Suite(
  "--jobs gives the same output as one thread", .serialized,
  .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct JobsTests {
  /// A tree of Dockerfiles unlike each other: stages, flags, heredocs, apt and apk
  /// installs, an ENV chain, a parse error, a CRLF file and a nested directory.
  private static func writeTree(_ scratch: Scratch) throws -> String {
    var files: [(String, String)] = []
    for index in 0..<24 {
      let base = ["debian:bookworm-slim", "alpine:3.19", "golang:1.22", "node:20-alpine"][index % 4]
      var text = "# file \(index)\nFROM \(base) AS build\nARG VERSION=\(index)\n"
      text += "ENV APP_HOME=/srv/app\(index) PATH=/srv/bin:$PATH\n"
      text += "WORKDIR $APP_HOME\n"
      if index % 4 == 0 {
        text += "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n"
        text += "    && rm -rf /var/lib/apt/lists/*\n"
      } else if index % 4 == 1 {
        text += "RUN apk add --no-cache git make\n"
      }
      text += "COPY --chown=1000:1000 . .\n"
      text += "RUN <<EOF\necho build \(index) > /out.txt\nEOF\n"
      text += "FROM \(index % 2 == 0 ? "scratch" : "build") AS final\n"
      text += "COPY --from=build /out.txt /out\(index).txt\n"
      text += "CMD [\"/bin/sh\", \"-c\", \"cat /out\(index).txt\"]\n"
      files.append(("app\(index)/Dockerfile", text))
    }
    files.append(("broken/Dockerfile", "FROM alpine\nENV ONLYNAME\nRUN true\n"))
    files.append(("windows/Dockerfile", "FROM alpine\r\nRUN echo crlf\r\n"))
    files.append(("nested/deeper/service.Dockerfile", "FROM busybox\nHEALTHCHECK CMD [\"true\"]\n"))
    for (name, text) in files {
      try scratch.write(name, text)
    }
    return scratch.path("")
  }

  @Test("parse --format json: --jobs 1 and --jobs 4 print the same bytes")
  func parseJSON() throws {
    try expectSameOutput(["parse", "--format", "json"])
  }

  @Test("parse --format text: --jobs 1 and --jobs 3 print the same bytes")
  func parseText() throws {
    try expectSameOutput(["parse", "--format", "text"], jobs: 3)
  }

  @Test("report --format json: --jobs 1 and --jobs 4 print the same bytes")
  func reportJSON() throws {
    try expectSameOutput(["report", "--format", "json"])
  }

  @Test("report and parse --files-from LIST print what the same paths as arguments print", arguments: ["report", "parse"])
  func filesFrom(command: String) throws {
    let scratch = try Scratch("files-from")
    defer { scratch.remove() }
    _ = try Self.writeTree(scratch)
    let paths = ["app3/Dockerfile", "broken/Dockerfile", "app11/Dockerfile", "nested/deeper/service.Dockerfile"]
      .map(scratch.path)
    try scratch.write("list.txt", paths.joined(separator: "\n") + "\n\n")
    let named = try stagetui([command, "--format", "json"] + paths, timeLimit: 120)
    let listed = try stagetui([command, "--format", "json", "--files-from", scratch.path("list.txt")], timeLimit: 120)
    #expect(named.status == listed.status, "\(named)\n\(listed)")
    #expect(named.stdoutText.contains("nested/deeper/service.Dockerfile"), "\(named)")
    #expect(named.stdout == listed.stdout, "outputs differ:\n\(listed.stdoutText.prefix(400))")
  }

  private func expectSameOutput(_ command: [String], jobs: Int = 4) throws {
    let scratch = try Scratch("jobs")
    defer { scratch.remove() }
    let root = try Self.writeTree(scratch)
    let single = try stagetui(command + ["--jobs", "1", root], timeLimit: 120)
    let parallel = try stagetui(command + ["--jobs", String(jobs), root], timeLimit: 120)
    #expect(!single.timedOut && !parallel.timedOut, "\(single)\n\(parallel)")
    #expect(single.status == parallel.status, "\(single)\n\(parallel)")
    #expect(!single.stdout.isEmpty, "\(single)")
    #expect(single.stdoutText.contains("app23"), "\(single)")
    #expect(single.stdout == parallel.stdout, "outputs differ:\n\(single.stdoutText.prefix(400))")
    #expect(single.stderr == parallel.stderr, "\(single)\n\(parallel)")
  }
}
