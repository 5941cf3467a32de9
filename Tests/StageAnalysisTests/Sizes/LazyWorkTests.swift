import BaseImageCatalog
import DockerfileInstructions
import DockerfileSyntax
import Foundation
import Testing

@testable import StageAnalysis

/// Every path a context was asked about, in order, from any thread.
private final class PathLog: @unchecked Sendable {
  // Unchecked: `paths` is only touched with `lock` held.
  private let lock = NSLock()
  private var paths: [String] = []

  func add(_ path: String) {
    lock.lock()
    paths.append(path)
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return paths
  }
}

/// An in-memory context that writes down what it is asked, with or without a memory.
private struct RecordingContext: MemoryCarryingContext {
  var base: InMemoryBuildContext
  let log: PathLog
  let memory: ContextMemory?

  func forgettingMemory() -> any BuildContext { RecordingContext(base: base, log: log, memory: nil) }
  func entry(at path: String) throws(ContextAccessError) -> ContextEntry {
    log.add(path)
    return try base.entry(at: path)
  }
  func contentsOfDirectory(at path: String) throws(ContextAccessError) -> [String] {
    log.add(path)
    return try base.contentsOfDirectory(at: path)
  }
  func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8] {
    log.add(path)
    return try base.readFile(at: path, limit: limit)
  }
}

private func report(_ text: String, context: any BuildContext, model: SizeModel = SizeFixtures.model) -> SizeReport {
  let dockerfile = Dockerfile.parse(text)
  return model.report(graph: StageGraph(dockerfile: dockerfile), file: "Dockerfile", context: context)
}

/// A context with one file and an ignore file that does not compile (`!` alone).
private func project() -> InMemoryBuildContext {
  var context = InMemoryBuildContext(["app/main.txt": .sizedFile(1_234)])
  context.addFile(".dockerignore", "!\n")
  return context
}

@Test(arguments: [false, true])
func aDockerfileThatCopiesNothingFromTheContextReadsOnlyItsIgnoreFile(withMemory: Bool) throws {
  let log = PathLog()
  let context = RecordingContext(base: project(), log: log, memory: withMemory ? ContextMemory() : nil)
  let quiet = report(
    "FROM scratch AS build\nRUN echo hi > /out\nFROM scratch\nCOPY --from=build /out /\n", context: context)
  #expect(Set(log.all) == [".dockerignore"])
  // The ignore file's problem is still reported, first, though nothing was measured.
  #expect(quiet.diagnostics.first?.hasPrefix(".dockerignore: ") == true)
  let copying = report("FROM scratch\nCOPY app /app\n", context: context)
  #expect(log.all.contains(""))
  #expect(log.all.contains("app/main.txt"))
  let figure = try #require(copying.stages.first?.layers.last?.figure)
  #expect(figure.bytes == 1_234 && figure.provenance == .measured)
  #expect(copying.diagnostics.first?.hasPrefix(".dockerignore: ") == true)
}

@Test func modelsOverTheBundledTablesShareFiguresAndOthersKeepTheirOwn() throws {
  let text = "FROM debian:bookworm-slim\n"
  let bundled = try #require(report(text, context: InMemoryBuildContext(), model: SizeModel()).stages.first?.total)
  let pinned = try #require(report(text, context: InMemoryBuildContext()).stages.first?.total)
  let bundledAgain = try #require(report(text, context: InMemoryBuildContext(), model: SizeModel()).stages.first?.total)
  #expect(pinned.bytes == 74_000_000)
  #expect(bundled.bytes != pinned.bytes)
  #expect(bundledAgain == bundled)
  // A bundled model given another catalog answers from it, not from the figures shared before.
  var switched = SizeModel()
  switched.catalog = SizeFixtures.catalog
  let after = try #require(report(text, context: InMemoryBuildContext(), model: switched).stages.first?.total)
  #expect(after == pinned)
}

@Test func wordsAsWrittenAndWordsRebuiltKeepTheirOwnBytes() throws {
  var variables = ExpansionEnvironment()
  variables.set("EMPTY", "")
  let script = ShellScript.split("cp ''abc $EMPTY/x a''b $UNSET/y 12 3>log\nA=1 ls -l", variables: variables)
  let first = try #require(script.commands.first)
  #expect(script.wordTexts(of: first) == ["cp", "abc", "/x", "ab", "$UNSET/y", "12"])
  #expect(script.words(of: first).map(\.hasExpansion) == [false, false, false, false, true, false])
  #expect(script.redirectTargets(of: first).map(script.string) == ["log"])
  let second = try #require(script.commands.last)
  #expect(script.assignments(of: second) == ["A=1"])
  #expect(script.wordTexts(of: second) == ["ls", "-l"])
}
