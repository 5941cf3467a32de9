import Testing
@testable import StageAnalysis

@Test func metadataInstructionsAreEmptyLayersOfZeroBytes() {
  let text = """
    FROM scratch
    ARG VERSION=1
    ENV A=b
    LABEL x=y
    USER 65532
    EXPOSE 8080
    CMD ["/app"]
    ENTRYPOINT ["/app"]

    """
  let report = SizeFixtures.report(text)
  let layers = report.stages[0].layers.dropFirst()
  #expect(layers.count == 7)
  for layer in layers {
    #expect(layer.isEmptyLayer, "\(layer.keyword)")
    #expect(layer.figure.bytes == 0 && layer.figure.isExact)
  }
}

@Test func workdirMakesARealZeroByteLayerExceptAtRoot() {
  let report = SizeFixtures.report("FROM scratch\nWORKDIR /app\nWORKDIR /\n")
  let layers = report.stages[0].layers
  #expect(layers[1].isEmptyLayer == false)
  #expect(layers[1].figure.bytes == 0)
  #expect(layers[2].isEmptyLayer == true)
}

@Test func catalogBaseIsCatalogProvenanceWithItsSource() {
  let report = SizeFixtures.report("FROM debian:bookworm-slim\nENV A=b\n")
  let from = report.stages[0].layers[0].figure
  #expect(from.bytes == 74_000_000)
  #expect(from.provenance == .catalog)
  #expect(from.basis.contains("test row"))
  #expect(from.basis.contains("exact match"))
  #expect(report.finalImage?.bytes == 74_000_000)
  #expect(report.finalImage?.provenance == .catalog)
}

@Test func unknownBaseIsUnknown() {
  let report = SizeFixtures.report("FROM example.invalid/nothing:1\n")
  #expect(report.stages[0].layers[0].figure.provenance == .unknown)
}

@Test func stageBaseInheritsTheBaseStagesLayers() {
  let context = InMemoryBuildContext(["f": .sizedFile(10)])
  let text = "FROM debian:bookworm-slim AS base\nCOPY f /f\nFROM base\nCOPY f /g\n"
  let report = SizeFixtures.report(text, context: context)
  #expect(report.stages[0].total.bytes == 74_000_010)
  #expect(report.stages[1].layers[0].figure.bytes == 74_000_010)
  #expect(report.finalImage?.bytes == 74_000_020)
  #expect(report.targetChain.map(\.index) == [0, 1])
}

@Test func runTheModelCannotReadIsUnknown() {
  let report = SizeFixtures.report("FROM debian:bookworm-slim\nRUN make install\n")
  let figure = report.stages[0].layers[1].figure
  #expect(figure.provenance == .unknown)
  #expect(figure.basis.contains("make"))
}

@Test func aptInstallIsAnEstimateWithARangeMinusTheBase() {
  let text = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"
  let report = SizeFixtures.report(text, model: SizeModel())
  let figure = report.stages[0].layers[1].figure
  #expect(figure.provenance == .estimate)
  #expect(figure.low < figure.bytes && figure.bytes < figure.high)
  #expect(figure.basis.contains("apt closure of curl"))
  #expect(figure.basis.contains("removed in the same RUN"))
}

@Test func echoRedirectWritesItsLiteralBytes() {
  let report = SizeFixtures.report("FROM scratch\nWORKDIR /w\nRUN echo \"hello\" > a.txt\n")
  let figure = report.stages[0].layers[2].figure
  #expect(figure.bytes == 6)
  #expect(figure.isExact)
  #expect(figure.provenance == .estimate)
}
