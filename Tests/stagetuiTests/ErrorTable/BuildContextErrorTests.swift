import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The error table for the build context `report` walks: symlink loops,
/// symlinks pointing outside the context, an unreadable file, and a huge
/// `.dockerignore`. The walk must finish, never count bytes outside the
/// context, and exit 0 (a context problem makes sizes less certain, it does
/// not make the Dockerfile wrong).
@Suite("Error table: the build context", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct BuildContextErrorTests {
  /// The layers of every stage in a JSON report: (line, keyword, bytes).
  private func layers(_ result: ChildProcess.Outcome) throws -> [(line: Int, keyword: String, bytes: Int?, basis: String)] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any], "\(result)")
    let stages = try #require(json["stages"] as? [[String: Any]])
    return stages.flatMap { stage in
      (stage["layers"] as? [[String: Any]] ?? []).map {
        (
          line: $0["line"] as? Int ?? 0, keyword: ($0["keyword"] as? String ?? "").uppercased(),
          bytes: $0["bytes"] as? Int, basis: $0["basis"] as? String ?? ""
        )
      }
    }
  }

  @Test("symlink loops: the walk finishes under 20 s, exit 0")
  func symlinkLoopUnder20s() throws {
    let scratch = try Scratch("context-loop")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\nCOPY . /app\nCOPY a/ /a\nCOPY deep/self/self/self /s\n")
    try #require(symlink("b", scratch.path("a")) == 0 && symlink("a", scratch.path("b")) == 0)
    try FileManager.default.createDirectory(atPath: scratch.path("deep"), withIntermediateDirectories: true)
    try #require(symlink(".", scratch.path("deep/self")) == 0 && symlink("..", scratch.path("deep/up")) == 0)
    let result = try stagetui(["report", "--engine", "off", "--format", "json", path], timeLimit: 20)
    #expect(!result.timedOut && result.status == 0, "\(result)")
    #expect(try layers(result).contains { $0.keyword == "COPY" })
  }

  /// A 300 MB sparse file outside the context is reachable only through
  /// symlinks (absolute, relative `..`, and to a directory): no COPY layer may
  /// count it, because BuildKit resolves links inside the context root.
  @Test("symlinks pointing outside the context are never followed out of it")
  func symlinksOutsideAreNotCounted() throws {
    let outside = try Scratch("outside")
    defer { outside.remove() }
    let huge = outside.path("huge.bin")
    try #require(FileManager.default.createFile(atPath: huge, contents: nil))
    try #require(truncate(huge, 300_000_000) == 0)
    let scratch = try Scratch("context-out")
    defer { scratch.remove() }
    let path = try scratch.write(
      "Dockerfile", "FROM alpine\nCOPY . /app\nCOPY absolute /x\nCOPY relative /y\nCOPY dir/ /z\nCOPY etc/passwd /p\n")
    try #require(symlink(huge, scratch.path("absolute")) == 0)
    try #require(symlink("../" + outside.url.lastPathComponent + "/huge.bin", scratch.path("relative")) == 0)
    try #require(symlink(outside.url.path, scratch.path("dir")) == 0)
    try #require(symlink("/etc", scratch.path("etc")) == 0)
    let result = try stagetui(["report", "--engine", "off", "--format", "json", path], timeLimit: 30)
    #expect(result.status == 0, "\(result)")
    let copies = try layers(result).filter { $0.keyword == "COPY" }
    #expect(copies.count == 5, "\(result.stdoutText)")
    for copy in copies {
      #expect((copy.bytes ?? 0) < 1_000_000, "line \(copy.line) counted \(copy.bytes ?? 0) bytes from outside the context")
    }
  }

  /// Run without root's privilege (see `stagetui(_:unprivileged:)`), so the mode really bites.
  /// BuildKit's build would fail on it, so the COPY's size is unknown and says why.
  @Test("an unreadable directory inside the context: exit 0, the COPY unknown with the reason")
  func unreadableFileInContext() throws {
    let scratch = try Scratch("context-unreadable")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\nCOPY . /app\n")
    let secret = try scratch.write("secret/key.pem", String(repeating: "k", count: 5000))
    try scratch.write("visible.txt", String(repeating: "v", count: 7000))
    chmod(secret, 0o000)
    chmod(scratch.path("secret"), 0o000)
    defer { chmod(scratch.path("secret"), 0o755) }
    let result = try stagetui(
      ["report", "--engine", "off", "--format", "json", path], timeLimit: 30, unprivileged: true)
    #expect(result.status == 0, "\(result)")
    let copy = try #require(try layers(result).first { $0.keyword == "COPY" })
    #expect(copy.bytes == nil, "\(result.stdoutText)")
    #expect(copy.basis == "unknown: BuildKit would fail: error from sender: open /secret: permission denied")
  }

  /// A mode-000 file, run without root's privilege: every COPY that takes it is unknown with
  /// BuildKit's own error; the report still finishes (exit 0).
  @Test("an unreadable file inside the context: exit 0, the COPYs that take it unknown with the reason")
  func unreadableSingleFileInContext() throws {
    let scratch = try Scratch("context-unreadable-file")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\nCOPY . /app\nCOPY secret.pem /s\nCOPY visible.txt /v\n")
    let secret = try scratch.write("secret.pem", String(repeating: "k", count: 5000))
    try scratch.write("visible.txt", String(repeating: "v", count: 7000))
    chmod(secret, 0o000)
    let result = try stagetui(
      ["report", "--engine", "off", "--format", "json", path], timeLimit: 30, unprivileged: true)
    #expect(result.status == 0, "\(result)")
    let copies = try layers(result).filter { $0.keyword == "COPY" }
    #expect(copies.count == 3, "\(result.stdoutText)")
    for copy in copies.prefix(2) {
      #expect(copy.bytes == nil, "line \(copy.line)")
      #expect(copy.basis == "unknown: BuildKit would fail: error from sender: open /secret.pem: permission denied")
    }
    #expect(copies.last?.bytes == 7000, "\(result.stdoutText)")
  }

  @Test("a .dockerignore with 10 000 patterns: report under 30 s and 500 MB")
  func tenThousandIgnorePatternsUnder30sAnd500MB() throws {
    let scratch = try Scratch("context-ignore")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\nCOPY . /app\n")
    var patterns = ""
    for index in 0..<10_000 {
      patterns += index % 3 == 0 ? "**/build-\(index)/**\n" : index % 3 == 1 ? "!src/keep-\(index).txt\n" : "*.tmp\(index)\n"
    }
    try scratch.write(".dockerignore", patterns)
    for index in 0..<200 {
      try scratch.write("src/file-\(index).txt", "content \(index)\n")
    }
    let result = try stagetui(
      ["report", "--engine", "off", "--format", "json", path], timeLimit: 30, dataLimit: 500 << 20)
    #expect(!result.timedOut && result.status == 0, "\(result)")
  }
}
