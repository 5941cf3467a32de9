import Foundation
import Testing

@testable import StageAnalysis

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary directory holding awkward entries: a symlink loop, a link
/// out of the context, an unreadable file, a named pipe.
private struct AwkwardTree {
  let root: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "stagetui-context-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    root = String(cString: made)
    let files = FileManager.default
    try files.createDirectory(atPath: root + "/dir/sub", withIntermediateDirectories: true)
    try Data(repeating: 1, count: 10).write(to: URL(fileURLWithPath: root + "/a.txt"))
    try Data(repeating: 2, count: 1000).write(to: URL(fileURLWithPath: root + "/dir/b.bin"))
    try Data(repeating: 3, count: 5).write(to: URL(fileURLWithPath: root + "/dir/sub/secret.txt"))
    try files.createSymbolicLink(atPath: root + "/loop1", withDestinationPath: "loop2")
    try files.createSymbolicLink(atPath: root + "/loop2", withDestinationPath: "loop1")
    try files.createSymbolicLink(atPath: root + "/out", withDestinationPath: "/etc")
    try files.createSymbolicLink(atPath: root + "/dirlink", withDestinationPath: "dir")
    guard mkfifo(root + "/dir/pipe", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    guard chmod(root + "/dir/sub/secret.txt", 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  func remove() {
    _ = chmod(root + "/dir/sub/secret.txt", 0o644)
    try? FileManager.default.removeItem(atPath: root)
  }
}

@Test func diskContextDescribesEntriesWithoutFollowingLinks() throws {
  let tree = try AwkwardTree()
  defer { tree.remove() }
  let context = DiskBuildContext(root: tree.root)
  #expect(try context.entry(at: "a.txt").kind == .regularFile(size: 10))
  #expect(try context.entry(at: "dir").kind == .directory)
  #expect(try context.entry(at: "out").kind == .symlink(target: "/etc"))
  #expect(try context.entry(at: "dir/pipe").kind == .special(.fifo))
  #expect(try context.contentsOfDirectory(at: "").contains("loop1"))
  #expect(throws: ContextAccessError.notADirectory("out/passwd")) { try context.entry(at: "out/passwd") }
  #expect(throws: ContextAccessError.notADirectory("dirlink/b.bin")) {
    try context.readFile(at: "dirlink/b.bin", limit: 10)
  }
  #expect(throws: ContextAccessError.notFound("nope")) { try context.entry(at: "nope") }
}

@Test func diskContextNeverReadsAPipe() throws {
  let tree = try AwkwardTree()
  defer { tree.remove() }
  let context = DiskBuildContext(root: tree.root)
  #expect(throws: ContextAccessError.notARegularFile("dir/pipe")) {
    try context.readFile(at: "dir/pipe", limit: 100)
  }
  #expect(throws: ContextAccessError.notARegularFile("loop1")) {
    try context.readFile(at: "loop1", limit: 100)
  }
  #expect(try context.readFile(at: "a.txt", limit: 4) == [1, 1, 1, 1])
}

@Test func unreadableFileDependsOnWhoRuns() throws {
  let tree = try AwkwardTree()
  defer { tree.remove() }
  let context = DiskBuildContext(root: tree.root)
  let entry = try context.entry(at: "dir/sub/secret.txt")
  let result = ContextMeasurer(context: context, ignore: nil).measure(sources: ["dir/sub"])
  let unreadable = ContextIssue(.unreadable(path: "dir/sub/secret.txt", reason: "permission denied"))
  if geteuid() == 0 {
    // Root reads a mode-000 file, and so would BuildKit's sender running as root.
    #expect(entry.isReadable)
    #expect(try context.readFile(at: "dir/sub/secret.txt", limit: 10).count == 5)
    #expect(!result.issues.contains(unreadable))
  } else {
    #expect(!entry.isReadable)
    #expect(throws: ContextAccessError.permissionDenied("dir/sub/secret.txt")) {
      try context.readFile(at: "dir/sub/secret.txt", limit: 10)
    }
    #expect(result.issues.contains(unreadable))
  }
  #expect(result.contentBytes == 5)
}

@Test func diskMeasurementSurvivesLoopsPipesAndEscapes() throws {
  let tree = try AwkwardTree()
  defer { tree.remove() }
  let engine = ContextMeasurer(context: DiskBuildContext(root: tree.root), ignore: nil)
  let whole = engine.measureWholeContext()
  #expect(whole.contentBytes == 10 + 1000 + 5)
  #expect(whole.fileCount == 3)
  #expect(whole.symlinkCount == 4)
  #expect(whole.issues.contains(ContextIssue(.specialFile(path: "dir/pipe", kind: .fifo))))
  #expect(engine.measure(sources: ["loop1"]).issues == [ContextIssue(.symlinkLoop(path: "loop1"))])
  let escaping = engine.measure(sources: ["out"])
  #expect(escaping.issues.first == ContextIssue(.symlinkLeavesContext(path: "out", target: "/etc")))
  #expect(escaping.hasErrors)
  let followed = engine.measure(sources: ["dirlink"])
  #expect(followed.contentBytes == 1005)
}

@Test func diskContextReadsItsIgnoreFile() throws {
  let tree = try AwkwardTree()
  defer { tree.remove() }
  try Data("\u{FEFF}dir/*.bin\r\n".utf8).write(to: URL(fileURLWithPath: tree.root + "/.dockerignore"))
  let context = DiskBuildContext(root: tree.root)
  let loaded = DockerignoreFile.load(from: context, dockerfilePath: "Dockerfile")
  #expect(loaded.origin == .contextRoot)
  #expect(loaded.file.patternStrings == ["dir/*.bin"])
  let engine = ContextMeasurer(context: context, ignore: try PatternMatcher(loaded.file))
  #expect(engine.measure(sources: ["dir"]).contentBytes == 5)
}
