import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `stagetui export` never leaves a half-written file: it writes a temporary
/// file beside the target, fsyncs, renames; it keeps permissions, refuses to
/// write through a symbolic link, and a kill -9 or a full disk leaves the
/// previous content in place.
@Suite("Safe writes of exports", .enabled(if: StagetuiBinary.shouldRun, StagetuiBinary.skipReason))
struct SafeWriteTests {
  static let dockerfile = "ARG X=1\nFROM alpine:3.19 AS app\nRUN echo hi\n"

  /// Names in `directory` that look like export temporaries.
  private func temporaries(in directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".stagetui-") }
  }

  private func mode(_ path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
  }

  @Test("-o writes the swapped file with the source's permissions and leaves no temporary")
  func outputKeepsSourcePermissions() throws {
    let scratch = try Scratch("export-mode")
    defer { scratch.remove() }
    let source = try scratch.write("Dockerfile", Self.dockerfile)
    chmod(source, 0o640)
    let output = scratch.path("Dockerfile.new")
    let result = try stagetui(["export", "--base", "app=debian:bookworm-slim", "-o", output, source])
    #expect(result.status == 0, "\(result)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "ARG X=1\nFROM debian:bookworm-slim AS app\nRUN echo hi\n")
    #expect(mode(output) == 0o640)
    #expect(try temporaries(in: scratch.url).isEmpty)
  }

  @Test("--in-place keeps the file's permissions and a .orig copy of the old bytes")
  func inPlaceKeepsPermissions() throws {
    let scratch = try Scratch("export-inplace")
    defer { scratch.remove() }
    let source = try scratch.write("Dockerfile", Self.dockerfile)
    chmod(source, 0o600)
    let result = try stagetui(["export", "--base", "0=busybox", "--in-place", source])
    #expect(result.status == 0, "\(result)")
    #expect(try String(contentsOfFile: source, encoding: .utf8).contains("FROM busybox AS app"))
    #expect(try String(contentsOfFile: source + ".orig", encoding: .utf8) == Self.dockerfile)
    #expect(mode(source) == 0o600)
    #expect(try temporaries(in: scratch.url).isEmpty)
  }

  @Test("an existing output is refused without --force, and left as it was")
  func existingOutputRefused() throws {
    let scratch = try Scratch("export-exists")
    defer { scratch.remove() }
    let source = try scratch.write("Dockerfile", Self.dockerfile)
    let output = try scratch.write("out", "keep me\n")
    let result = try stagetui(["export", "--stdout", source])
    #expect(result.status == 0)
    let refused = try stagetui(["export", "-o", output, source])
    #expect(refused.status == 3, "\(refused)")
    #expect(refused.stderr == "stagetui: error: \(output): already exists — pass --force to replace it\n")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me\n")
  }

  @Test("an output that is a symbolic link is refused, the link's target untouched")
  func symlinkOutputRefused() throws {
    let scratch = try Scratch("export-link")
    defer { scratch.remove() }
    let source = try scratch.write("Dockerfile", Self.dockerfile)
    let target = try scratch.write("precious", "do not overwrite\n")
    let link = scratch.path("out")
    try #require(symlink(target, link) == 0)
    let result = try stagetui(["export", "--force", "-o", link, source])
    #expect(result.status == 3, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(link): is a symbolic link — write to the file it points to, or remove the link first\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "do not overwrite\n")
    #expect(try temporaries(in: scratch.url).isEmpty)
  }

  /// Exports a 20 MB file over an older one again and again, killing the
  /// process with SIGKILL at a random moment each time: the destination must
  /// always hold either the old bytes or the whole new file.
  @Test("kill -9 at random points never leaves a partial destination")
  func killDuringExportLeavesOldOrNew() throws {
    let scratch = try Scratch("export-kill")
    defer { scratch.remove() }
    var text = "FROM alpine:3.19 AS app\n"
    let line = "RUN echo 'padding the file so writing it takes a while' && true\n"
    while text.utf8.count < 20 << 20 { text += line }
    let source = try scratch.write("Dockerfile", text)
    let old = Array("FROM old\n".utf8)
    let new = Array(text.replacingOccurrences(of: "FROM alpine:3.19 AS app", with: "FROM busybox AS app").utf8)
    let output = scratch.path("out")
    var generator = SystemRandomNumberGenerator()
    var outcomes = (old: 0, new: 0)
    for _ in 0..<12 {
      try Data(old).write(to: URL(fileURLWithPath: output))
      let child = ChildProcess(
        executable: try StagetuiBinary.require(), arguments: ["export", "--base", "app=busybox", "--force", "-o", output, source])
      let pid = try child.start()
      usleep(UInt32.random(in: 0...1_500_000, using: &generator))
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: output)))
      #expect(bytes == old || bytes == new, "partial destination: \(bytes.count) bytes")
      if bytes == old { outcomes.old += 1 } else if bytes == new { outcomes.new += 1 }
      for name in try temporaries(in: scratch.url) {
        try FileManager.default.removeItem(atPath: scratch.path(name))
      }
    }
    #expect(outcomes.old + outcomes.new == 12, "old \(outcomes.old) new \(outcomes.new)")
  }

  /// Whether a tmpfs can be mounted here (root with CAP_SYS_ADMIN); tried once.
  static let canMountTmpfs: Bool = {
    guard geteuid() == 0, let scratch = try? Scratch("mount-probe") else { return false }
    defer { scratch.remove() }
    let mounted = try? ChildProcess(
      executable: URL(fileURLWithPath: "/bin/mount"), arguments: ["-t", "tmpfs", "-o", "size=4k", "tmpfs", scratch.url.path]
    ).run()
    guard mounted?.status == 0 else { return false }
    _ = try? ChildProcess(executable: URL(fileURLWithPath: "/bin/umount"), arguments: [scratch.url.path]).run()
    return true
  }()

  /// A 64 KiB tmpfs holds the old output; the new export (100 KB) cannot fit.
  @Test(
    "a full disk: exit 3, the exact message, the old file untouched, no temporary left",
    .enabled(if: canMountTmpfs, "mounting a small tmpfs needs root with CAP_SYS_ADMIN"))
  func fullDiskLeavesOriginal() throws {
    let scratch = try Scratch("export-full")
    defer { scratch.remove() }
    let mountPoint = scratch.path("small")
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    let mount = try ChildProcess(
      executable: URL(fileURLWithPath: "/bin/mount"), arguments: ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]
    ).run()
    try #require(mount.status == 0, "mount failed: \(mount.stderr)")
    defer { _ = try? ChildProcess(executable: URL(fileURLWithPath: "/bin/umount"), arguments: [mountPoint]).run() }
    var text = "FROM alpine AS app\n"
    while text.utf8.count < 100_000 { text += "RUN echo filling the disk\n" }
    let source = try scratch.write("Dockerfile", text)
    let output = mountPoint + "/Dockerfile"
    let old = Array("FROM old\n".utf8) + Array(repeating: UInt8(ascii: "#"), count: 20_000)
    try Data(old).write(to: URL(fileURLWithPath: output))
    let result = try stagetui(["export", "--force", "-o", output, source])
    #expect(result.status == 3, "\(result)")
    #expect(
      result.stderr
        == "stagetui: error: \(output): cannot write: No space left on device — check the directory exists and is writable\n"
    )
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: output))) == old)
    #expect(try temporaries(in: URL(fileURLWithPath: mountPoint)).isEmpty)
  }
}
