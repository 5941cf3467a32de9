import Testing
@testable import StageAnalysis

@Test func copyFromContextCountsFileBytesAndSymlinkTargetLengths() {
  let context = InMemoryBuildContext([
    "src/a.txt": .sizedFile(1_000),
    "src/b.txt": .sizedFile(234),
    "src/link": .symlink("a.txt"),
    "src/empty": .directory,
  ])
  let report = SizeFixtures.report("FROM scratch\nCOPY src /app/\n", context: context)
  let layer = report.stages[0].layers[1]
  #expect(layer.figure.bytes == 1_000 + 234 + 5)
  #expect(layer.figure.provenance == .measured)
  #expect(layer.figure.isExact)
  #expect(layer.figure.basis.contains("2 files and 1 symbolic link"))
  #expect(report.finalImage?.bytes == 1_239)
}

@Test func dockerignoreKeepsFilesOutOfTheCount() {
  let context = InMemoryBuildContext([
    ".dockerignore": .file(Array("*.log\n".utf8)),
    "app.js": .sizedFile(300),
    "debug.log": .sizedFile(9_999),
  ])
  let report = SizeFixtures.report("FROM scratch\nCOPY . /app\n", context: context)
  #expect(report.stages[0].layers[1].figure.bytes == 300 + 6)
  #expect(report.stages[0].layers[1].figure.basis.contains("after .dockerignore"))
}

@Test func heredocSourcesCountTheirBytes() {
  let text = "FROM scratch\nCOPY <<EOF /etc/motd\nhello world\nEOF\n"
  let report = SizeFixtures.report(text)
  let layer = report.stages[0].layers[1]
  #expect(layer.figure.bytes == 12)
  #expect(layer.figure.provenance == .measured)
}

@Test func missingContextSourceIsUnknownNotZero() {
  let report = SizeFixtures.report("FROM scratch\nCOPY nothere /x\n")
  let figure = report.stages[0].layers[1].figure
  #expect(figure.provenance == .unknown)
  #expect(figure.basis.contains("BuildKit would fail"))
}

@Test func addOfURLIsUnknown() {
  let report = SizeFixtures.report("FROM scratch\nADD https://example.invalid/x.tgz /x\n")
  let figure = report.stages[0].layers[1].figure
  #expect(figure.provenance == .unknown)
  #expect(figure.basis.contains("URL"))
  #expect(report.finalImage?.provenance == .unknown)
}

@Test func noContextMakesCopiesUnknown() {
  let report = SizeFixtures.report("FROM scratch\nCOPY a /a\n", context: nil)
  #expect(report.stages[0].layers[1].figure.provenance == .unknown)
}
