import Foundation
import StageAnalysis
import Testing

/// The line diff is minimal and the unified diff applies with patch.
@Suite struct UnifiedDiffTests {
  private func lines(_ text: String) -> [[UInt8]] { LineDiff.lines(Array(text.utf8)) }

  @Test func scriptIsMinimal() {
    let diff = LineDiff(old: lines("a\nb\nc\nd\n"), new: lines("a\nx\nc\nd\ne\n"))
    let changes = diff.operations.filter { if case .keep = $0 { return false } else { return true } }
    #expect(changes.count == 3)
    #expect(!diff.isEmpty)
    #expect(LineDiff(old: lines("a\n"), new: lines("a\n")).isEmpty)
  }

  @Test func rendersHunksLikeDiffU() {
    let old = (1...10).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    let output = String(decoding: UnifiedDiff(oldName: "Dockerfile", newName: "Dockerfile").render(old: Array(old.utf8), new: Array(new.utf8)), as: UTF8.self)
    #expect(
      output == """
        --- Dockerfile
        +++ Dockerfile
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func identicalTextsGiveNoDiff() {
    #expect(UnifiedDiff(oldName: "a", newName: "a").render(old: Array("x\n".utf8), new: Array("x\n".utf8)).isEmpty)
  }

  @Test(arguments: [
    ("FROM a\nRUN x\nFROM b\n", "FROM c\nRUN x\nFROM b\n"),
    ("FROM a", "FROM b"),
    ("FROM a\n", "FROM a\nCMD x"),
    ("", "FROM a\n"),
    ("one\ntwo\nthree\n", ""),
    ("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n"),
  ])
  func appliesWithPatch(old: String, new: String) throws {
    let patchPath = "/usr/bin/patch"
    guard FileManager.default.isExecutableFile(atPath: patchPath) else { return }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stagetui-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(old.utf8).write(to: directory.appendingPathComponent("Dockerfile"))
    let diff = UnifiedDiff(oldName: "Dockerfile", newName: "Dockerfile").render(old: Array(old.utf8), new: Array(new.utf8))
    try Data(diff).write(to: directory.appendingPathComponent("swap.patch"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: patchPath)
    process.arguments = ["-p0", "--quiet", "--input=swap.patch"]
    process.currentDirectoryURL = directory
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let patched = try Data(contentsOf: directory.appendingPathComponent("Dockerfile"))
    #expect(Array(patched) == Array(new.utf8))
  }
}
