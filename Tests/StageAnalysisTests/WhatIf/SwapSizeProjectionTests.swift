import DockerfileSyntax
import Testing
@testable import StageAnalysis

/// Swap projections through the size model: exact bytes from measured inputs, ranges from estimates, candidate order.
struct SwapSizeProjectionTests {
  static let twoStage = """
    FROM debian:bookworm-slim AS build
    WORKDIR /work
    COPY VERSION ./
    RUN echo "built from $(cat VERSION)" > out.txt
    FROM busybox AS release
    COPY --from=build /work/out.txt /srv/
    CMD ["cat", "/srv/out.txt"]

    """

  static let buildRecord = SizeFixtures.record(
    "app:build",
    [
      SizeFixtures.entry("", 74_104_729),
      SizeFixtures.entry("WORKDIR /work", 0),
      SizeFixtures.entry("COPY VERSION ./ # buildkit", 6),
      SizeFixtures.entry("RUN /bin/sh -c echo \"built from $(cat VERSION)\" > out.txt # buildkit", 17),
    ])

  static let context = InMemoryBuildContext(["VERSION": .file(Array("1.2.3\n".utf8))])

  static func analyze(
    _ text: String, _ swaps: [Int: String], measured: MeasuredImages, model: SizeModel = SizeFixtures.model,
    context: InMemoryBuildContext? = context
  ) throws -> SwapAnalysis {
    let set = SwapSet(try swaps.sorted { $0.key < $1.key }.map { try BaseImageSwap(stage: $0.key, imageText: $0.value) })
    return try SwapAnalysis(
      dockerfile: Dockerfile.parse(text), swaps: set,
      sizing: SwapSizing(model: model, context: context, measured: measured))
  }

  @Test func copyOnlyFinalStageIsExactWhenNewBaseAndArtifactAreMeasured() throws {
    let busybox = SizeFixtures.record("busybox", [SizeFixtures.entry("", 2_160_094)])
    let alpine = SizeFixtures.record("alpine:3.20", [SizeFixtures.entry("", 7_797_760)])
    let analysis = try Self.analyze(
      Self.twoStage, [1: "alpine:3.20"],
      measured: MeasuredImages(bases: ["busybox": busybox, "alpine:3.20": alpine], stages: [0: Self.buildRecord]))
    let sizes = try #require(analysis.sizes)
    let before = try #require(sizes.before)
    let after = try #require(sizes.after)
    #expect(before.bytes == 2_160_094 + 17 && before.isExact && before.provenance == .measured)
    #expect(after.bytes == 7_797_760 + 17 && after.isExact && after.provenance == .measured)
    let delta: Int64 = 7_797_760 - 2_160_094
    #expect(sizes.deltaBytes == delta)
    #expect(sizes.deltaRange == delta...delta)
    let percent = try #require(sizes.deltaPercent)
    #expect(abs(percent - Double(delta) * 100 / Double(2_160_094 + 17)) < 1e-9)
    let release = try #require(sizes.stages.first { $0.index == 1 })
    #expect(release.layers.map(\.keyword) == ["FROM", "COPY", "CMD"])
    #expect(release.layers[0].before.bytes == 2_160_094 && release.layers[0].after.bytes == 7_797_760)
    #expect(release.layers[1].before == release.layers[1].after)
    #expect(release.layers[1].after.provenance == .measured && release.layers[1].after.bytes == 17)
    let projected: Int64 = 7_797_760 + 17
    #expect(analysis.projectedBytes == projected)
  }

  @Test func unmeasuredNewBaseMakesTheAfterFigureNoLongerMeasured() throws {
    let busybox = SizeFixtures.record("busybox", [SizeFixtures.entry("", 2_160_094)])
    let analysis = try Self.analyze(
      Self.twoStage, [1: "debian:bookworm-slim"],
      measured: MeasuredImages(bases: ["busybox": busybox], stages: [0: Self.buildRecord]))
    let sizes = try #require(analysis.sizes)
    #expect(sizes.before?.provenance == .measured)
    let after = try #require(sizes.after)
    #expect(after.provenance == .catalog)
    #expect(after.bytes == 74_000_000 + 17)
    let delta: Int64 = 74_000_000 - 2_160_094
    #expect(sizes.deltaBytes == delta)
  }

  @Test func swappedMeasuredStageKeepsItsLayerFiguresButNotItsOldTotal() throws {
    let bookworm = SizeFixtures.record("debian:bookworm", [SizeFixtures.entry("", 116_500_000)])
    let busybox = SizeFixtures.record("busybox", [SizeFixtures.entry("", 2_160_094)])
    let analysis = try Self.analyze(
      Self.twoStage, [0: "debian:bookworm"],
      measured: MeasuredImages(bases: ["debian:bookworm": bookworm, "busybox": busybox], stages: [0: Self.buildRecord]))
    let sizes = try #require(analysis.sizes)
    let build = try #require(sizes.stages.first { $0.index == 0 })
    #expect(build.before.bytes == 74_104_752)
    #expect(build.after.bytes == 116_500_000 + 23)
    #expect(build.after.provenance == .measured && build.after.isExact)
    #expect(build.layers.dropFirst().allSatisfy { $0.before == $0.after })
    #expect(sizes.deltaBytes == 0)
    #expect(sizes.after?.isExact == true)
  }

  @Test func estimatesGiveARangeAroundTheDelta() throws {
    let analysis = try Self.analyze(
      "FROM node:20\nWORKDIR /app\nCOPY app.js ./\nRUN apt-get update && apt-get install -y curl\nCMD [\"node\", \"app.js\"]\n",
      [0: "node:20-slim"], measured: .none, model: SizeModel(),
      context: InMemoryBuildContext(["app.js": .file(Array(repeating: UInt8(ascii: "x"), count: 4_096))]))
    let sizes = try #require(analysis.sizes)
    let after = try #require(sizes.after)
    #expect(!after.isExact)
    #expect(after.provenance != .measured)
    let delta = try #require(sizes.deltaBytes)
    let range = try #require(sizes.deltaRange)
    #expect(range.contains(delta))
    #expect(range.lowerBound < range.upperBound)
    #expect(delta < 0)
    let copy = try #require(sizes.stages[0].layers.first { $0.keyword == "COPY" })
    #expect(copy.before == copy.after && copy.after.bytes == 4_096)
  }

  @Test func candidatesAreOrderedByTheProjectedImage() throws {
    let dockerfile = Dockerfile.parse("FROM node:20\nWORKDIR /app\nCOPY app.js ./\nCMD [\"node\", \"app.js\"]\n")
    let context = InMemoryBuildContext(["app.js": .file(Array("console.log(1)\n".utf8))])
    let unsized = BaseCandidates(stage: 0, dockerfile: dockerfile)
    #expect(unsized.candidates.count >= 2)
    let sized = BaseCandidates(stage: 0, dockerfile: dockerfile, sizing: SwapSizing(model: SizeModel(), context: context))
    let known = sized.candidates.compactMap(\.projectedBytes)
    try #require(known.count >= 2)
    #expect(known == known.sorted())
    #expect(sized.candidates.prefix(known.count).allSatisfy { $0.projectedBytes != nil })
    #expect(sized.candidates.allSatisfy { ($0.projected?.bytes ?? 0) >= ($0.contentBytes ?? 0) || $0.projectedBytes == nil })
    let largest = sized.candidates[known.count - 1].imageText
    let tiny = SizeFixtures.record(largest, [SizeFixtures.entry("", 1_000)])
    var measured = MeasuredImages()
    measured.bases[largest] = tiny
    let reordered = BaseCandidates(
      stage: 0, dockerfile: dockerfile, sizing: SwapSizing(model: SizeModel(), context: context, measured: measured))
    let moved = try #require(reordered.candidates.first { $0.imageText == largest })
    let appBytes: Int64 = 1_000 + 15
    #expect(moved.projectedBytes == appBytes)
    let reorderedKnown = reordered.candidates.compactMap(\.projectedBytes)
    #expect(reorderedKnown == reorderedKnown.sorted())
    let oldPosition = try #require(sized.candidates.firstIndex { $0.imageText == largest })
    let newPosition = try #require(reordered.candidates.firstIndex { $0.imageText == largest })
    #expect(newPosition < oldPosition)
  }
}
