import Foundation
import Testing

@testable import StageAnalysis

/// A project whose `.dockerignore` drops logs and whose `api/Dockerfile.dockerignore` drops `web`.
private func project() -> InMemoryBuildContext {
  var context = InMemoryBuildContext([
    "api/Dockerfile": .sizedFile(20),
    "api/main.go": .sizedFile(300),
    "web/index.ts": .sizedFile(700),
    "web/app.log": .sizedFile(9000),
    "lib/a/one.txt": .sizedFile(11),
    "lib/b/two.txt": .sizedFile(13),
    "link": .symlink("lib/a"),
  ])
  context.addFile(".dockerignore", "**/*.log\n")
  context.addFile("api/Dockerfile.dockerignore", "web\n")
  return context
}

/// What every test measures, in this order: plain, wildcard, --parents, --exclude, a link, a miss.
private let requests: [([String], CopySourceOptions)] = [
  (["."], CopySourceOptions()),
  (["lib/*/*.txt"], CopySourceOptions()),
  (["lib/./a"], CopySourceOptions(keepParents: true)),
  (["web", "lib"], CopySourceOptions(excludePatterns: ["**/two.txt"])),
  (["link"], CopySourceOptions()),
  (["missing"], CopySourceOptions()),
]

/// A context whose memory stops shared walks early, to reach the entry limit with a few files.
private struct LimitedContext: MemoryCarryingContext {
  var base: InMemoryBuildContext
  let memory: ContextMemory?

  init(_ base: InMemoryBuildContext, maxEntries: Int) {
    self.base = base
    memory = ContextMemory(limits: ContextLimits(maxEntries: maxEntries))
  }

  func forgettingMemory() -> any BuildContext { base.forgettingMemory() }
  func entry(at path: String) throws(ContextAccessError) -> ContextEntry { try base.entry(at: path) }
  func contentsOfDirectory(at path: String) throws(ContextAccessError) -> [String] {
    try base.contentsOfDirectory(at: path)
  }
  func readFile(at path: String, limit: Int) throws(ContextAccessError) -> [UInt8] {
    try base.readFile(at: path, limit: limit)
  }
}

/// A measurer that shares nothing, seen through the ignore file BuildKit uses for `dockerfilePath`.
private func lone(
  _ context: any BuildContext, dockerfilePath: String?, limits: ContextLimits = ContextLimits()
) throws -> ContextMeasurer {
  let file = DockerignoreFile.load(from: context, dockerfilePath: dockerfilePath).file
  return ContextMeasurer(context: context, ignore: try PatternMatcher(file), limits: limits)
}

@Test func sharedMeasurementsAreWhatALoneMeasurerFinds() throws {
  let context = project()
  for dockerfilePath in ["Dockerfile", "api/Dockerfile", nil] {
    let first = ContextMeasurer.forDockerfile(at: dockerfilePath, in: context).measurer
    let second = ContextMeasurer.forDockerfile(at: dockerfilePath, in: context).measurer
    let alone = try lone(context, dockerfilePath: dockerfilePath)
    for (sources, options) in requests {
      let expected = alone.measure(sources: sources, options: options)
      #expect(first.measure(sources: sources, options: options) == expected)
      #expect(second.measure(sources: sources, options: options) == expected)
    }
  }
}

@Test func eachDockerfileSeesItsOwnIgnoreFile() {
  let context = project()
  let root = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  let api = ContextMeasurer.forDockerfile(at: "api/Dockerfile", in: context).measurer
  #expect(root.measure(sources: ["web"]).contentBytes == 700)
  #expect(api.measure(sources: ["web"]).issues == [ContextIssue(.sourceNotFound(source: "web"))])
  #expect(api.measure(sources: ["api/main.go"]).contentBytes == 300)
}

@Test func anIgnoreFileThatDoesNotCompileIsReportedToEveryDockerfile() {
  var context = project()
  context.addFile(".dockerignore", "!\n")
  for _ in 0..<2 {
    let prepared = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context)
    #expect(prepared.ignoreError == .illegalExclusion(line: 1))
    #expect(prepared.measurer.ignore == nil)
    #expect(prepared.measurer.measure(sources: ["web"]).contentBytes == 9700)
  }
}

@Test func changingTheContextForgetsWhatWasLearnt() {
  var context = project()
  let before = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  #expect(before.measure(sources: ["lib"]).contentBytes == 24)
  let copy = context
  context.add("lib/c/three.txt", .sizedFile(100))
  let after = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  #expect(after.measure(sources: ["lib"]).contentBytes == 124)
  let unchanged = ContextMeasurer.forDockerfile(at: "Dockerfile", in: copy).measurer
  #expect(unchanged.measure(sources: ["lib"]).contentBytes == 24)
}

@Test func aCopyWithANewMemoryMeasuresTheSameEntriesWithoutSharing() throws {
  let context = project()
  let plainCopy = context
  let fresh = context.withNewMemory()
  #expect(plainCopy.memory === context.memory)
  #expect(fresh.memory != nil && fresh.memory !== context.memory)
  let alone = try lone(context, dockerfilePath: "Dockerfile")
  for (sources, options) in requests {
    let measured = ContextMeasurer.forDockerfile(at: "Dockerfile", in: fresh).measurer
    let expected = alone.measure(sources: sources, options: options)
    #expect(measured.measure(sources: sources, options: options) == expected)
  }
}

@Test func reachingTheEntryLimitInASharedWalkGivesALoneMeasurersAnswers() throws {
  var base = project()
  for index in 0..<30 { base.add("data/file\(index)", .sizedFile(10)) }
  let context = LimitedContext(base, maxEntries: 25)
  let order: [[String]] = [["lib"], ["data"], ["web"], ["lib"], ["data"]]
  let warmUp = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  _ = warmUp.measure(sources: ["lib"])
  let shared = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  let alone = try lone(context, dockerfilePath: "Dockerfile", limits: ContextLimits(maxEntries: 25))
  for sources in order {
    #expect(shared.measure(sources: sources) == alone.measure(sources: sources))
  }
  #expect(shared.measure(sources: ["data"]).isTruncated)
  #expect(shared.examinedEntries == alone.examinedEntries)
  #expect(shared.isSent("web/app.log") == alone.isSent("web/app.log"))
  let later = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
  let laterAlone = try lone(context, dockerfilePath: "Dockerfile", limits: ContextLimits(maxEntries: 25))
  #expect(later.measure(sources: ["web"]) == laterAlone.measure(sources: ["web"]))
  #expect(later.examinedEntries == laterAlone.examinedEntries)
}

@Test func threadsSharingAContextGetTheSameMeasurements() throws {
  let context = project()
  let alone = try lone(context, dockerfilePath: "Dockerfile")
  let expected = requests.map { alone.measure(sources: $0.0, options: $0.1) }
  let agreed = Agreement()
  DispatchQueue.concurrentPerform(iterations: 16) { round in
    let measurer = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
    for offset in requests.indices {
      let index = (offset + round) % requests.count
      let (sources, options) = requests[index]
      agreed.record(measurer.measure(sources: sources, options: options) == expected[index])
    }
  }
  #expect(agreed.all)
}

/// Collects yes/no answers from several threads.
private final class Agreement: @unchecked Sendable {
  private let lock = NSLock()
  private var disagreed = false

  func record(_ same: Bool) {
    lock.lock()
    disagreed = disagreed || !same
    lock.unlock()
  }

  var all: Bool {
    lock.lock()
    defer { lock.unlock() }
    return !disagreed
  }
}

@Test func cleanPathsAreRecognisedWithoutChangingWhatCleanReturns() {
  let pieces = ["", "/", "a", ".", "..", "...", ".a", "b.", "//", "é", "a b"]
  var paths: [String] = []
  for first in pieces {
    for second in pieces {
      for third in pieces { paths.append(first + second + third) }
    }
  }
  for path in paths {
    if ContextPath.isClean(path) { #expect(ContextPath.cleanByElements(path) == path, "\(path)") }
    #expect(ContextPath.clean(path) == ContextPath.cleanByElements(path), "\(path)")
    let rooted = ContextPath.cleanByElements("/" + path)
    #expect(ContextPath.contextRelative(path) == String(rooted.unicodeScalars.dropFirst()), "\(path)")
  }
}

@Test func aContextsMemoryGoesWhenTheContextGoes() {
  weak var memory: ContextMemory?
  do {
    let context = project()
    memory = context.memory
    let measurer = ContextMeasurer.forDockerfile(at: "Dockerfile", in: context).measurer
    #expect(measurer.measure(sources: ["."]).fileCount == 7)
  }
  #expect(memory == nil)
}
