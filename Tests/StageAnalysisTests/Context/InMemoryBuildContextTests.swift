import Testing

@testable import StageAnalysis

@Test func listingsAreInByteOrderWhateverTheOrderOfAdding() throws {
  var context = InMemoryBuildContext()
  for name in ["b", "é", "a.txt", "Z", "sub/y", "a", "a-b", "sub/x"] {
    context.add(name, .sizedFile(1))
  }
  context.add("b", .sizedFile(2))
  #expect(try context.contentsOfDirectory(at: "") == ["Z", "a", "a-b", "a.txt", "b", "sub", "é"])
  #expect(try context.contentsOfDirectory(at: "sub") == ["x", "y"])
}

@Test func entriesBelowAFileAreUnreachable() throws {
  var context = InMemoryBuildContext(["dir/inner/file": .sizedFile(3), "dir/other": .sizedFile(4)])
  #expect(try context.entry(at: "dir/inner/file") == ContextEntry(kind: .regularFile(size: 3)))
  context.add("dir/inner", .sizedFile(9))
  #expect(throws: ContextAccessError.notADirectory("dir/inner/file")) {
    try context.entry(at: "dir/inner/file")
  }
  #expect(throws: ContextAccessError.notADirectory("dir/inner/file")) {
    try context.readFile(at: "dir/inner/file", limit: 10)
  }
  #expect(try context.entry(at: "dir/other") == ContextEntry(kind: .regularFile(size: 4)))
  context.add("dir/inner", .directory)
  #expect(try context.entry(at: "dir/inner/file") == ContextEntry(kind: .regularFile(size: 3)))

  var below = InMemoryBuildContext(["plain": .sizedFile(1)])
  below.add("plain/child", .sizedFile(2))
  #expect(throws: ContextAccessError.notADirectory("plain/child")) { try below.entry(at: "plain/child") }
  #expect(throws: ContextAccessError.notFound("missing/child")) { try below.entry(at: "missing/child") }
  #expect(throws: ContextAccessError.notADirectory("plain")) { try below.contentsOfDirectory(at: "plain") }
}

@Test func aWalkDoesNotEnterAFileThatReplacedADirectory() {
  var context = InMemoryBuildContext(["app/main.go": .sizedFile(10), "app/go.mod": .sizedFile(5)])
  context.add("app", .sizedFile(7))
  let result = ContextMeasurer(context: context, ignore: nil).measureWholeContext()
  #expect(result.entries.map(\.destinationPath) == ["app"])
  #expect(result.contentBytes == 7)
}
