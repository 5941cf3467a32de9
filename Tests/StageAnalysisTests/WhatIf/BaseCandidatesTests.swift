import DockerfileSyntax
import StageAnalysis
import Testing

/// Candidates come from the catalog, judged, smallest first, unknown sizes last.
@Suite struct BaseCandidatesTests {
  @Test func finalStageCandidatesAreOrderedBySize() throws {
    let dockerfile = Dockerfile.parse(try WhatIfFixtures.example("node-alpine"))
    let list = BaseCandidates(stage: 2, dockerfile: dockerfile)
    #expect(!list.isBuildStage)
    #expect(!list.candidates.isEmpty)
    let sizes = list.candidates.map(\.contentBytes)
    let known = sizes.prefix { $0 != nil }.compactMap { $0 }
    #expect(known == known.sorted())
    #expect(sizes.dropFirst(known.count).allSatisfy { $0 == nil })
    #expect(list.candidates.contains { $0.imageText == "scratch" && $0.level == .breaks })
    let distroless = try #require(list.candidates.first { $0.imageText == "gcr.io/distroless/nodejs20-debian12" })
    #expect(distroless.level == .breaks)
    #expect(distroless.note?.contains("size unknown") == true)
  }

  @Test func buildStagesGetTheSameToolchainOnly() throws {
    let dockerfile = Dockerfile.parse(try WhatIfFixtures.example("go-scratch"))
    let list = BaseCandidates(stage: 0, dockerfile: dockerfile, extra: ["registry.example/tools/go:1", "golang:1.22"])
    #expect(list.isBuildStage)
    #expect(list.candidates.dropLast().allSatisfy { $0.imageText.hasPrefix("golang:") && $0.relation == .sameFamily })
    #expect(list.candidates.filter { $0.imageText == "golang:1.22" }.count == 1)
    let typed = try #require(list.candidates.last)
    #expect(typed.imageText == "registry.example/tools/go:1")
    #expect(typed.relation == nil && typed.contentBytes == nil)
    #expect(typed.level == .warning)
    #expect(typed.note?.contains("size unknown") == true)
  }

  @Test func stageBuiltOnAStageHasNoCandidatesOfItsOwn() throws {
    let dockerfile = Dockerfile.parse(try WhatIfFixtures.example("target-pruning"))
    let list = BaseCandidates(stage: 2, dockerfile: dockerfile)
    #expect(list.candidates.isEmpty)
    #expect(list.emptyReason?.contains("another stage") == true)
  }
}
