import DockerfileInstructions
import DockerfileSyntax
import StageAnalysis
import Testing

/// Several swaps at once, with undo and redo.
@Suite struct SwapSetTests {
  private func swap(_ stage: Int, _ image: String) throws -> BaseImageSwap {
    try BaseImageSwap(stage: stage, imageText: image)
  }

  @Test func undoAndRedoWalkTheHistory() throws {
    var set = SwapSet()
    #expect(!set.canUndo && !set.canRedo)
    set.set(try swap(0, "alpine:3.20"))
    set.set(try swap(1, "scratch"))
    set.set(try swap(0, "debian:bookworm-slim"))
    #expect(set.swaps.map(\.imageText) == ["debian:bookworm-slim", "scratch"])
    let step1 = set.undo()
    #expect(step1)
    #expect(set.swaps.map(\.imageText) == ["alpine:3.20", "scratch"])
    let step2 = set.undo()
    #expect(step2)
    #expect(set.swaps.map(\.imageText) == ["alpine:3.20"])
    let step3 = set.redo()
    #expect(step3)
    #expect(set.swaps.map(\.imageText) == ["alpine:3.20", "scratch"])
    set.remove(stage: 0)
    #expect(!set.canRedo)
    #expect(set.swaps.map(\.stage) == [1])
    set.clear()
    #expect(set.isEmpty)
    let step4 = set.undo()
    #expect(step4)
    #expect(set.swaps.map(\.stage) == [1])
    let undone = [set.undo(), set.undo(), set.undo()]
    #expect(undone == [true, true, true])
    #expect(set.isEmpty)
    let step5 = set.undo()
    #expect(!step5)
  }

  @Test func settingTheSameSwapRecordsNothing() throws {
    var set = SwapSet()
    set.set(try swap(0, "alpine"))
    set.set(try swap(0, "alpine"))
    let step6 = set.undo()
    #expect(step6)
    #expect(!set.canUndo)
  }

  @Test func badReferencesAndStagesAreRefused() throws {
    #expect(throws: SwapError.self) { try swap(0, "Not A Reference") }
    #expect(throws: SwapError.self) { try swap(0, "") }
    let graph = StageGraph(dockerfile: Dockerfile.parse("FROM alpine AS base\nFROM base AS app\n"))
    #expect(try StageSelector("app").resolve(in: graph) == 1)
    #expect(try StageSelector("BASE").resolve(in: graph) == 0)
    #expect(try StageSelector("1").resolve(in: graph) == 1)
    #expect(throws: SwapError.stageIndexOutOfRange(2, count: 2)) { try StageSelector("2").resolve(in: graph) }
    #expect(throws: SwapError.unknownStage("web", known: ["base", "app"])) { try StageSelector("web").resolve(in: graph) }
    #expect(throws: SwapError.malformedAssignment("app")) { try StageSelector.parseAssignment("app") }
    let (stage, value) = try StageSelector.parseAssignment("0=golang:1.22")
    #expect(stage == .index(0) && value == "golang:1.22")
  }

  @Test func projectionTakesTheDeltaOfTheTargetBase() throws {
    let analysis = try WhatIfFixtures.analyze(
      "FROM node:20\nCMD [\"node\", \"a.js\"]\n", ["0": "node:20-alpine"])
    let target = try #require(analysis.projection.target)
    #expect(target.beforeBaseBytes == 1_100_000_000)
    #expect(target.afterBaseBytes == 135_660_000)
    #expect(analysis.projection.deltaBytes == 135_660_000 - 1_100_000_000)
    let percent = try #require(analysis.projection.deltaPercent)
    #expect(abs(percent - (-87.667)) < 0.01)
  }

  @Test func buildStageSwapLeavesTheTargetSizeAlone() throws {
    let analysis = try WhatIfFixtures.analyze(try WhatIfFixtures.example("go-scratch"), ["builder": "golang:1.22"])
    #expect(analysis.projection.deltaBytes == 0)
    let builder = try #require(analysis.projection.stages.first { $0.index == 0 })
    let builderDelta = try #require(builder.deltaBytes)
    #expect(builderDelta == Int64(822_980_000 - 230_660_000))
  }
}
