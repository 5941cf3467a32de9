import Testing

@testable import StageAnalysis

/// A small project: sizes chosen so every total below is checkable by hand.
private func sampleContext() -> InMemoryBuildContext {
  var context = InMemoryBuildContext([
    "Dockerfile": .sizedFile(30),
    "src/a.go": .sizedFile(100),
    "src/b.go": .sizedFile(250),
    "src/sub/c.go": .sizedFile(7),
    "src/x.log": .sizedFile(1000),
    "node_modules/lib/index.js": .sizedFile(5000),
    "node_modules/keep.txt": .sizedFile(12),
    "secret/key": .sizedFile(64),
    "docs/readme.md": .sizedFile(40),
    "link": .symlink("src/a.go"),
    "abs": .symlink("/etc/passwd"),
    "loop1": .symlink("loop2"),
    "loop2": .symlink("loop1"),
    "up": .symlink("../../src"),
  ])
  context.addFile(".dockerignore", ignoreText)
  return context
}

private let ignoreText = "**/*.log\nnode_modules\n!node_modules/keep.txt\nsecret/\n"

private func measurer(
  _ context: InMemoryBuildContext = sampleContext(), limits: ContextLimits = ContextLimits()
)
  throws -> ContextMeasurer
{
  let ignore = DockerignoreFile.load(from: context, dockerfilePath: "Dockerfile").file
  return ContextMeasurer(context: context, ignore: try PatternMatcher(ignore), limits: limits)
}

@Test func directorySourceCopiesItsContents() throws {
  let result = try measurer().measure(sources: ["src"])
  #expect(result.contentBytes == 357)
  #expect(result.fileCount == 3)
  #expect(result.directoryCount == 1)
  #expect(result.entries.map(\.destinationPath) == ["a.go", "b.go", "sub", "sub/c.go"])
  #expect(result.issues.isEmpty)
}

@Test func wholeContextIsWhatBuildKitSends() throws {
  let result = try measurer().measureWholeContext()
  let ignoreBytes = Int64(ignoreText.utf8.count)
  #expect(result.contentBytes == 30 + ignoreBytes + 357 + 12 + 40)
  #expect(result.fileCount == 7)
  #expect(result.symlinkCount == 5)
  #expect(result.entries.contains { $0.destinationPath == "node_modules" && $0.kind == .directory })
  #expect(!result.entries.contains { $0.contextPath.hasPrefix("secret") })
  #expect(!result.entries.contains { $0.contextPath == "node_modules/lib/index.js" })
}

@Test func wildcardsMatchPerElementAfterDockerignore() throws {
  let engine = try measurer()
  let goFiles = engine.measure(sources: ["src/*.go"])
  #expect(goFiles.contentBytes == 350)
  #expect(goFiles.entries.map(\.destinationPath) == ["a.go", "b.go"])
  #expect(engine.measure(sources: ["src/*/c.go"]).contentBytes == 7)
  #expect(
    engine.measure(sources: ["src/*.log"]).issues == [
      ContextIssue(.wildcardMatchedNothing(source: "src/*.log"))
    ])
  let nothing = engine.measure(sources: ["*.go"])
  #expect(nothing.entries.isEmpty)
  #expect(!nothing.hasErrors)
}

@Test func missingAndIgnoredSourcesFailLikeBuildKit() throws {
  let engine = try measurer()
  let missing = engine.measure(sources: ["missing"])
  #expect(missing.issues == [ContextIssue(.sourceNotFound(source: "missing"))])
  #expect(
    missing.issues.first?.description
      == "failed to compute cache key: failed to calculate checksum of ref: \"/missing\": not found")
  #expect(engine.measure(sources: ["secret/key"]).hasErrors)
  #expect(engine.measure(sources: ["src/x.log"]).hasErrors)
  #expect(engine.measure(sources: ["node_modules/lib"]).hasErrors)
  let kept = engine.measure(sources: ["node_modules"])
  #expect(kept.contentBytes == 12)
  #expect(kept.entries.map(\.destinationPath) == ["keep.txt"])
}

@Test func ignoredDockerfileCannotBeCopied() throws {
  var context = sampleContext()
  context.addFile(".dockerignore", "Dockerfile\n.dockerignore\n")
  let engine = try measurer(context)
  #expect(engine.measure(sources: ["Dockerfile"]).hasErrors)
  #expect(engine.measure(sources: [".dockerignore"]).hasErrors)
  #expect(!engine.isSent("Dockerfile"))
}

@Test func sourceLinksAreFollowedInsideTheContext() throws {
  let engine = try measurer()
  let link = engine.measure(sources: ["link"])
  #expect(link.contentBytes == 100)
  #expect(link.entries.map(\.destinationPath) == ["link"])
  let outside = engine.measure(sources: ["abs"])
  #expect(outside.issues.contains(ContextIssue(.symlinkLeavesContext(path: "abs", target: "/etc/passwd"))))
  #expect(outside.issues.contains(ContextIssue(.sourceNotFound(source: "abs"))))
  let climbing = engine.measure(sources: ["up"])
  #expect(climbing.contentBytes == 357)
  #expect(climbing.issues == [ContextIssue(.symlinkLeavesContext(path: "up", target: "../../src"))])
  #expect(engine.measure(sources: ["loop1"]).issues == [ContextIssue(.symlinkLoop(path: "loop1"))])
}

@Test func excludeFlagAppliesRelativeToTheSource() throws {
  let result = try measurer().measure(sources: ["src"], options: CopySourceOptions(excludePatterns: ["*.go"]))
  #expect(result.entries.map(\.destinationPath) == ["sub", "sub/c.go"])
  #expect(result.contentBytes == 7)
  let deep = try measurer().measure(
    sources: ["src"], options: CopySourceOptions(excludePatterns: ["**/*.go"]))
  #expect(deep.contentBytes == 0)
  #expect(deep.directoryCount == 1)
}

@Test func parentsKeepPathsBelowThePivot() throws {
  let engine = try measurer()
  let options = CopySourceOptions(keepParents: true)
  let kept = engine.measure(sources: ["src/*.go"], options: options)
  #expect(kept.entries.map(\.destinationPath) == ["src", "src/a.go", "src/b.go"])
  #expect(kept.contentBytes == 350)
  let pivoted = engine.measure(sources: ["./src/./sub/c.go"], options: options)
  #expect(pivoted.entries.map(\.destinationPath) == ["sub", "sub/c.go"])
  #expect(pivoted.contentBytes == 7)
  let absent = engine.measure(sources: ["nothing/here"], options: options)
  #expect(absent.issues == [ContextIssue(.parentsMatchedNothing(source: "nothing/here"))])
  #expect(!absent.hasErrors)
}

@Test func repeatedSourcesCountOnce() throws {
  let result = try measurer().measure(sources: ["src/a.go", "src/a.go", "./src/../src/a.go"])
  #expect(result.fileCount == 1)
  #expect(result.contentBytes == 100)
}

@Test func resultsAreCachedAndTheContextIsReadOnce() throws {
  let engine = try measurer()
  let first = engine.measure(sources: ["src"])
  let examined = engine.examinedEntries
  #expect(engine.measure(sources: ["src"]) == first)
  #expect(engine.examinedEntries == examined)
}

@Test func walkIsBoundedAndSaysSo() throws {
  var context = InMemoryBuildContext()
  for index in 0..<50 { context.add("data/file\(index)", .sizedFile(10)) }
  let engine = ContextMeasurer(context: context, ignore: nil, limits: ContextLimits(maxEntries: 20))
  let result = engine.measure(sources: ["data"])
  #expect(result.isTruncated)
  #expect(result.issues.contains(ContextIssue(.truncated(limit: 20))))
  #expect(result.fileCount < 50)
  #expect(engine.examinedEntries == 20)
}

@Test func specialAndUnreadableEntriesAreReported() throws {
  var context = InMemoryBuildContext(["app/pipe": .special(.fifo), "app/data": .sizedFile(5)])
  context.markUnreadable("app/data")
  let result = ContextMeasurer(context: context, ignore: nil).measure(sources: ["app"])
  #expect(result.contentBytes == 5)
  #expect(result.issues.contains(ContextIssue(.specialFile(path: "app/pipe", kind: .fifo))))
  #expect(result.issues.contains(ContextIssue(.unreadable(path: "app/data", reason: "permission denied"))))
}

@Test func excludedDirectoryIsSentOnlyForItsExceptions() throws {
  let context = InMemoryBuildContext([
    "build/keep/x": .sizedFile(3), "build/other": .sizedFile(9), "cache/y": .sizedFile(4),
  ])
  let ignore = try PatternMatcher(["build", "!build/keep/**", "cache"])
  let engine = ContextMeasurer(context: context, ignore: ignore)
  let result = engine.measureWholeContext()
  #expect(result.entries.map(\.destinationPath) == ["build", "build/keep", "build/keep/x"])
  #expect(result.contentBytes == 3)
  #expect(!engine.isSent("cache"))
}

@Test func walkQuirkIsWhatTheMeasurementSees() throws {
  let context = InMemoryBuildContext(["a/b": .sizedFile(11), "a/c": .sizedFile(13)])
  let engine = ContextMeasurer(context: context, ignore: try PatternMatcher(["a", "!a/b", "a"]))
  #expect(engine.measureWholeContext().contentBytes == 11)
}
