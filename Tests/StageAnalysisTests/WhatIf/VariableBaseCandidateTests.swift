import DockerfileSyntax
import Testing
@testable import StageAnalysis

/// A stage written `FROM ${BASE}` gets the candidates of the base `BASE` resolves to, whether
/// the value is the meta `ARG` default or a `--build-arg`.
@Suite struct VariableBaseCandidateTests {
  private static let tail = "FROM ${BASE} AS app\nRUN echo hi > /x\nCMD [\"sh\"]\n"

  @Test func anArgDefaultBaseListsCandidatesAndExportEditsTheDefault() throws {
    let text = "ARG BASE=alpine:3.20\n" + Self.tail
    let dockerfile = Dockerfile.parse(text)
    let list = BaseCandidates(stage: 0, dockerfile: dockerfile)
    #expect(!list.candidates.isEmpty, "\(list.emptyReason ?? "")")
    let candidate = try #require(list.candidates.first)
    let graph = StageGraph(dockerfile: dockerfile, configuration: BuildConfiguration())
    let plan = try SwapEditPlan(
      swaps: SwapSet([try BaseImageSwap(stage: 0, imageText: candidate.imageText)]), dockerfile: dockerfile,
      graph: graph)
    let output = String(decoding: dockerfile.applying(plan.edits).source.bytes, as: UTF8.self)
    #expect(output == "ARG BASE=\(candidate.imageText)\n" + Self.tail)
  }

  @Test func aBuildArgumentBaseListsTheCandidatesOfItsValue() throws {
    let dockerfile = Dockerfile.parse("ARG BASE\n" + Self.tail)
    let configuration = BuildConfiguration(buildArguments: ["BASE": "alpine:3.20"])
    let withArgument = BaseCandidates(stage: 0, dockerfile: dockerfile, configuration: configuration)
    let unset = BaseCandidates(stage: 0, dockerfile: dockerfile)
    #expect(unset.candidates.isEmpty)
    #expect(!withArgument.candidates.isEmpty, "\(withArgument.emptyReason ?? "")")
    let defaults = BaseCandidates(stage: 0, dockerfile: Dockerfile.parse("ARG BASE=alpine:3.20\n" + Self.tail))
    #expect(withArgument.candidates.map(\.imageText) == defaults.candidates.map(\.imageText))
    for candidate in withArgument.candidates {
      #expect(candidate.note?.contains("as --build-arg BASE=\(candidate.imageText)") == true, "\(candidate)")
    }
  }

  @Test func aBuildArgumentSwapIsJudgedAsTheNewValueAndExportStillRefuses() throws {
    let dockerfile = Dockerfile.parse("ARG BASE=busybox\n" + Self.tail)
    let configuration = BuildConfiguration(buildArguments: ["BASE": "alpine:3.20"])
    let swaps = SwapSet([try BaseImageSwap(stage: 0, imageText: "scratch")])
    let analysis = try SwapAnalysis(dockerfile: dockerfile, configuration: configuration, swaps: swaps)
    #expect(analysis.buildArgumentChanges == ["BASE": "scratch"])
    #expect(analysis.plan.edits.isEmpty)
    #expect(analysis.swappedGraph.stages[0].base.kind == .scratch)
    #expect(analysis.level == .breaks)
    #expect(SwapReportFormat.text(analysis).contains("${BASE} -> scratch (as --build-arg BASE=scratch;"))
    #expect(SwapReportFormat.json(analysis).contains("\"build_argument\": \"BASE\""))
    let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
    #expect(throws: SwapError.buildArgumentOverrides(name: "BASE", stage: 0, line: 2)) {
      try SwapEditPlan(swaps: swaps, dockerfile: dockerfile, graph: graph)
    }
  }

  @Test func twoStagesOnOneBuildArgumentMustGetTheSameImage() throws {
    let dockerfile = Dockerfile.parse("ARG BASE\nFROM $BASE AS a\nFROM $BASE AS b\n")
    let configuration = BuildConfiguration(buildArguments: ["BASE": "alpine:3.20"])
    let mixed = SwapSet([try BaseImageSwap(stage: 0, imageText: "scratch"), try BaseImageSwap(stage: 1, imageText: "busybox")])
    #expect(throws: SwapError.self) {
      try SwapAnalysis(dockerfile: dockerfile, configuration: configuration, swaps: mixed)
    }
  }
}
