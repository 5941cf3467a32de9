import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The error table for the Dockerfile argument itself: each case runs the built
/// binary and asserts the exact message and exit status (see the exit-status
/// table in README: 0 ok, 1 BuildKit would reject the file, 2 the input cannot
/// be read or an argument names nothing, 3 the output cannot be written, 4 a
/// required engine does not answer, 64 a usage error).
@Suite("Error table: the input file", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct InputFileErrorTests {
  @Test("a missing file: exit 2, names the path and says to check it")
  func missingFile() throws {
    let scratch = try Scratch("missing")
    defer { scratch.remove() }
    let path = scratch.path("Dockerfile")
    let result = try stagetui(["graph", path])
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr == "stagetui: error: \(path): no such file or directory — check the path\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("a directory: exit 2, suggests the Dockerfile inside it, or says it holds none")
  func directory() throws {
    let scratch = try Scratch("directory")
    defer { scratch.remove() }
    let empty = try stagetui(["graph", scratch.url.path])
    #expect(empty.status == 2, "\(empty)")
    #expect(
      empty.stderr
        == "stagetui: error: \(scratch.url.path): is a directory — it holds no Dockerfile; pass the Dockerfile's path\n")
    try scratch.write("web.Dockerfile", "FROM alpine\n")
    try scratch.write("Dockerfile", "FROM alpine\n")
    for command in [["graph"], ["swap"], ["export", "--stdout"], ["open"]] {
      let result = try stagetui(command + [scratch.url.path])
      #expect(result.status == 2, "\(command): \(result)")
      #expect(
        result.stderr
          == "stagetui: error: \(scratch.url.path): is a directory — pass the Dockerfile inside it, e.g. "
          + "\(scratch.url.path)/Dockerfile\n", "\(command)")
    }
  }

  /// Root reads any file whatever its mode, so as root the binary runs with its
  /// privileges dropped (setpriv to nobody); otherwise a mode-000 file suffices.
  @Test("permission denied: exit 2 with the file's permissions to check")
  func permissionDenied() throws {
    let scratch = try Scratch("denied")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "FROM alpine\n")
    chmod(path, 0o000)
    chmod(scratch.url.path, 0o755)
    let result = try stagetui(["parse", path], unprivileged: true)
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr == "stagetui: error: \(path): permission denied — check the file's permissions\n")
  }

  @Test("a FIFO with no writer is refused at once, not waited on")
  func fifoIsRefusedUnder5s() throws {
    let scratch = try Scratch("fifo")
    defer { scratch.remove() }
    let path = scratch.path("Dockerfile")
    try #require(mkfifo(path, 0o644) == 0)
    let result = try stagetui(["parse", path], timeLimit: 5)
    #expect(!result.timedOut, "stagetui waited on a FIFO")
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(path): is not a regular file (a pipe, socket or device) — save the Dockerfile to a file, or pipe it in with '-'\n"
    )
  }

  @Test("/dev/zero is refused at once and reads nothing (under 5 s and 300 MB)")
  func deviceIsRefusedUnder5sAnd300MB() throws {
    let result = try stagetui(["graph", "/dev/zero"], timeLimit: 5, dataLimit: 300 << 20)
    #expect(!result.timedOut, "stagetui kept reading /dev/zero")
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: /dev/zero: is not a regular file (a pipe, socket or device) — save the Dockerfile to a file, or pipe it in with '-'\n"
    )
  }

  @Test("an empty file: exit 1, BuildKit's 'file with no instructions' at 1:1")
  func emptyFile() throws {
    let scratch = try Scratch("empty")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "")
    let result = try stagetui(["parse", "--format", "text", path])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr == "\(path):1:1: error: file with no instructions\n", "\(result)")
  }

  @Test("only comments: exit 1, the same error, shown at the end of the file")
  func onlyComments() throws {
    let scratch = try Scratch("comments")
    defer { scratch.remove() }
    let path = try scratch.write("Dockerfile", "# nothing\n# here\n")
    let result = try stagetui(["parse", "--format", "text", path])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr == "\(path):3:1: error: file with no instructions\n", "\(result)")
  }

  /// Random bytes hold no `FROM`, so `graph` must refuse them (exit 1) without trapping.
  @Test("binary data with NUL bytes: no crash, exit 1, every byte kept by export")
  func binaryData() throws {
    let scratch = try Scratch("binary")
    defer { scratch.remove() }
    var random = SystemRandomNumberGenerator()
    let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &random) } + [0, 0, 0]
    let path = try scratch.write("Dockerfile", bytes)
    let parsed = try stagetui(["graph", path])
    #expect(parsed.signal == nil && parsed.status == 1, "\(parsed)")
    // The file's bytes never reach the terminal as controls, and no line is longer than a
    // location, a 400-character message or a 120-column window.
    let controls = parsed.stderr.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "control characters on stderr: \(controls.map(\.value))")
    #expect(parsed.stderr.split(separator: "\n").allSatisfy { $0.count <= path.count + 440 })
    let exported = try stagetui(["export", "--stdout", path])
    #expect(exported.signal == nil, "\(exported)")
    #expect(exported.stdout == bytes)
  }

  @Test("invalid UTF-8 in arguments: parsed, positions still given, bytes kept on export")
  func invalidUTF8() throws {
    let scratch = try Scratch("utf8")
    defer { scratch.remove() }
    let bytes = Array("FROM alpine\nLABEL note=\"".utf8) + [0xFF, 0xFE, 0xC3, 0x28] + Array("\"\nENV x\n".utf8)
    let path = try scratch.write("Dockerfile", bytes)
    let parsed = try stagetui(["parse", "--format", "text", path])
    #expect(parsed.status == 1, "\(parsed)")
    #expect(parsed.stderr.hasPrefix("\(path):3:5: error: ENV must have two arguments\nENV x\n    ^"), "\(parsed)")
    let exported = try stagetui(["export", "--stdout", path])
    #expect(exported.status == 0, "\(exported)")
    #expect(exported.stdout == bytes)
  }
}
