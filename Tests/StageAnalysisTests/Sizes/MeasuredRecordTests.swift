import Testing
@testable import StageAnalysis

private let twoStage = """
  FROM debian:bookworm-slim AS build
  WORKDIR /work
  COPY VERSION ./
  RUN echo "built from $(cat VERSION)" > out.txt
  ARG FLAVOR=plain
  FROM busybox AS release
  COPY --from=build /work/out.txt /srv/
  CMD ["cat", "/srv/out.txt"]

  """

private let buildRecord = SizeFixtures.record(
  "app:build",
  [
    SizeFixtures.entry("", 74_104_729),
    SizeFixtures.entry("WORKDIR /work", 0),
    SizeFixtures.entry("COPY VERSION ./ # buildkit", 6),
    SizeFixtures.entry("RUN /bin/sh -c echo \"built from $(cat VERSION)\" > out.txt # buildkit", 17),
    SizeFixtures.entry("ARG FLAVOR=plain", 0, empty: true),
  ])

@Test func stageRecordHistoryGivesEveryLayerItsMeasuredBytes() {
  let context = InMemoryBuildContext(["VERSION": .file(Array("1.2.3\n".utf8))])
  let report = SizeFixtures.report(twoStage, context: context, measured: MeasuredImages(stages: [0: buildRecord]))
  let build = report.stages[0]
  #expect(build.layers.map(\.figure.bytes) == [74_104_729, 0, 6, 17, 0])
  #expect(build.layers.allSatisfy { $0.figure.provenance == .measured })
  #expect(build.layers[0].figure.basis.contains("oldest history entries"))
  #expect(build.layers[4].isEmptyLayer)
  #expect(build.total.bytes == 74_104_752)
  #expect(build.total.provenance == .measured)
}

@Test func copyOnlyFinalStageIsExactOnceBaseAndArtifactAreMeasured() {
  let context = InMemoryBuildContext(["VERSION": .file(Array("1.2.3\n".utf8))])
  let busybox = SizeFixtures.record("busybox", [SizeFixtures.entry("", 2_160_094)])
  let report = SizeFixtures.report(
    twoStage, context: context, measured: MeasuredImages(bases: ["busybox": busybox], stages: [0: buildRecord]))
  let release = report.stages[1]
  #expect(release.layers[1].figure.bytes == 17)
  #expect(release.layers[1].figure.provenance == .measured)
  let expected: Int64 = 2_160_094 + 17
  #expect(report.finalImage.map(\.bytes) == expected)
  #expect(report.finalImage?.provenance == .measured)
  #expect(report.finalImage?.isExact == true)
}

@Test func withoutRecordsTheArtifactIsAnEstimateAroundTheEchoedText() {
  let context = InMemoryBuildContext(["VERSION": .file(Array("1.2.3\n".utf8))])
  let report = SizeFixtures.report(twoStage, context: context)
  let copied = report.stages[1].layers[1].figure
  #expect(copied.provenance == .estimate)
  #expect(copied.low <= 17 && 17 <= copied.high)
}

@Test func misalignedHistoryFallsBackToTheModelAndSaysSo() {
  let wrong = SizeFixtures.record("app:build", [SizeFixtures.entry("", 5), SizeFixtures.entry("USER x", 0, empty: true)])
  let report = SizeFixtures.report(twoStage, measured: MeasuredImages(stages: [0: wrong]))
  #expect(report.diagnostics.contains { $0.contains("does not line up") })
  #expect(report.stages[0].total.bytes == 5)
  #expect(report.stages[0].layers[2].figure.provenance != .measured)
}

@Test func recordsOfAnotherSizeKindAreNotMixedIn() {
  var tar = buildRecord
  tar.sizeKind = .tar
  let report = SizeFixtures.report(twoStage, measured: MeasuredImages(stages: [0: tar]))
  #expect(report.stages[0].layers[2].figure.provenance != .measured)
  #expect(report.diagnostics.contains { $0.contains("tar bytes") })
}

@Test func historyAlignmentReadsBuildKitAndClassicCreatedBy() {
  let history = [
    SizeFixtures.entry("/bin/sh -c #(nop) ADD file:abc in / ", 100),
    SizeFixtures.entry("/bin/sh -c #(nop)  CMD [\"bash\"]", 0, empty: true),
    SizeFixtures.entry("RUN |1 A=1 /bin/sh -c make # buildkit", 7),
    SizeFixtures.entry("EXPOSE map[8080/tcp:{}]", 0, empty: true),
  ]
  let alignment = HistoryAlignment(history: history, keywords: ["RUN", nil, "EXPOSE"])
  #expect(alignment.isExact)
  #expect(alignment.entries == [2, nil, 3])
  #expect(alignment.baseEntryCount == 2)
}
