import DockerfileSyntax
import Foundation
import StageAnalysis
import Testing

/// Swaps become edits of exactly the `FROM` image span (or the `ARG` default feeding it).
@Suite struct SwapEditPlanTests {
  private func export(_ text: String, _ swaps: [(Int, String)], buildArguments: [String: String] = [:]) throws
    -> (String, SwapEditPlan)
  {
    let dockerfile = Dockerfile.parse(text)
    let configuration = BuildConfiguration(buildArguments: buildArguments)
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    let set = SwapSet(try swaps.map { try BaseImageSwap(stage: $0.0, imageText: $0.1) })
    let plan = try SwapEditPlan(swaps: set, dockerfile: dockerfile, graph: graph)
    return (String(decoding: dockerfile.applying(plan.edits).printed(), as: UTF8.self), plan)
  }

  @Test func keepsPlatformNameCasingCommentsAndContinuations() throws {
    let text = """
      # top comment\r
      from --platform=$BUILDPLATFORM golang:1.22-alpine As Builder\r
      RUN <<EOF
      echo hi
      EOF
      FROM \\
        # inside
        scratch
      COPY --from=builder /x /x
      """
    let (output, plan) = try export(text, [(0, "golang:1.22"), (1, "gcr.io/distroless/static-debian12")])
    let expected =
      text
      .replacingOccurrences(of: "golang:1.22-alpine", with: "golang:1.22")
      .replacingOccurrences(of: "  scratch", with: "  gcr.io/distroless/static-debian12")
    #expect(output == expected)
    #expect(plan.edits.count == 2)
  }

  @Test func noSwapIsByteIdentical() throws {
    let text = "FROM alpine\t AS  a \n\n# c\nRUN echo\\\n  hi\n"
    let (output, plan) = try export(text, [])
    #expect(output == text)
    #expect(plan.edits.isEmpty)
  }

  @Test func wholeVariableBaseEditsTheArgDefault() throws {
    let text = """
      ARG BASE="node:20"
      FROM ${BASE} AS app
      CMD ["node"]
      """
    let (output, plan) = try export(text, [(0, "node:20-alpine")])
    #expect(output == "ARG BASE=node:20-alpine\nFROM ${BASE} AS app\nCMD [\"node\"]")
    #expect(plan.notes.first?.contains("ARG BASE") == true)
  }

  @Test func sharedVariableIsRefusedUnlessEveryReaderGetsTheSameImage() throws {
    let text = "ARG BASE=alpine:3.20\nFROM $BASE AS a\nFROM $BASE AS b\n"
    #expect(throws: SwapError.self) { try export(text, [(0, "debian:bookworm")]) }
    let (output, _) = try export(text, [(0, "debian:bookworm"), (1, "debian:bookworm")])
    #expect(output == "ARG BASE=debian:bookworm\nFROM $BASE AS a\nFROM $BASE AS b\n")
  }

  @Test func partialVariableAndBuildArgumentAreRefusedWithReasons() throws {
    let partial = "ARG V=1.22\nFROM golang:${V}\n"
    do {
      _ = try export(partial, [(0, "golang:1.23")])
      Issue.record("expected a refusal")
    } catch let error as SwapError {
      #expect(error.description.contains("mixes text and variables"))
    }
    let overridden = "ARG BASE=alpine\nFROM ${BASE}\n"
    #expect(throws: SwapError.buildArgumentOverrides(name: "BASE", stage: 0, line: 2)) {
      try export(overridden, [(0, "debian")], buildArguments: ["BASE": "busybox"])
    }
  }

  @Test func imageNamingAStageIsRefused() throws {
    #expect(throws: SwapError.imageNamesStage("base", stage: 0)) {
      try export("FROM alpine AS base\nFROM debian\n", [(1, "base")])
    }
  }

  @Test func swappedFileReparsesToTheSameGraphWithNewBases() throws {
    let text = try WhatIfFixtures.example("node-alpine")
    let analysis = try WhatIfFixtures.analyze(text, ["deps": "node:20-slim", "production": "gcr.io/distroless/nodejs20-debian12"])
    let before = analysis.originalGraph
    let after = analysis.swappedGraph
    #expect(after.stages.map(\.name) == before.stages.map(\.name))
    let copiesAfter = after.edges.filter { $0.kind != .base }
    let copiesBefore = before.edges.filter { $0.kind != .base }
    #expect(copiesAfter.map(\.source) == copiesBefore.map(\.source))
    #expect(copiesAfter.map(\.paths) == copiesBefore.map(\.paths))
    #expect(after.edges.map(\.kind) == before.edges.map(\.kind))
    #expect(after.stages.map(\.base.expanded) == ["node:20-slim", "node:20-alpine", "gcr.io/distroless/nodejs20-debian12"])
  }
}
