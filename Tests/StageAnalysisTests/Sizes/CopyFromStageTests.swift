import Testing
@testable import StageAnalysis

@Test func copyFromFollowsContextFilesThroughTheSourceStage() {
  let context = InMemoryBuildContext([
    "dist/app.js": .sizedFile(4_000),
    "dist/lib/util.js": .sizedFile(500),
    "README.md": .sizedFile(77),
  ])
  let text = """
    FROM scratch AS build
    WORKDIR /src
    COPY . .
    FROM scratch
    COPY --from=build /src/dist /app
    COPY --from=0 /src/README.md /doc/readme

    """
  let report = SizeFixtures.report(text, context: context)
  let final = report.stages[1]
  #expect(final.layers[1].figure.bytes == 4_500)
  #expect(final.layers[1].figure.provenance == .measured)
  #expect(final.layers[2].figure.bytes == 77)
  #expect(report.finalImage?.bytes == 4_577)
  #expect(report.finalImage?.provenance == .measured)
}

@Test func copyFromAPathNoInstructionWroteIsUnknownAndNamesTheWriters() {
  let text = "FROM debian:bookworm-slim AS build\nRUN make\nFROM scratch\nCOPY --from=build /out/app /app\n"
  let report = SizeFixtures.report(text)
  let figure = report.stages[1].layers[1].figure
  #expect(figure.provenance == .unknown)
  #expect(figure.basis.contains("RUN at line 2"))
}

@Test func copyFromTheBasesCABundleIsAnEstimateFromTheWellKnownFiles() {
  let text = "FROM debian:bookworm-slim AS build\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n"
  let report = SizeFixtures.report(text)
  let figure = report.stages[1].layers[1].figure
  #expect(figure.provenance == .estimate)
  #expect(figure.low < figure.bytes && figure.bytes < figure.high)
}

@Test func goBuildOutputIsAnEstimatedBinaryThatCopyFromFollows() {
  let context = InMemoryBuildContext([
    "main.go": .file(Array("package main\nimport \"net/http\"\nfunc main() { http.ListenAndServe(\":80\", nil) }\n".utf8)),
    "go.mod": .file(Array("module x\n".utf8)),
  ])
  let text = """
    FROM debian:bookworm-slim AS build
    WORKDIR /app
    COPY . .
    RUN CGO_ENABLED=0 go build -o server .
    FROM scratch
    COPY --from=build /app/server /server

    """
  let report = SizeFixtures.report(text, context: context)
  let binary = report.stages[1].layers[1].figure
  #expect(binary.provenance == .estimate)
  #expect(binary.low < binary.bytes && binary.bytes < binary.high)
  #expect(binary.basis.contains("net/http"))
  let run = report.stages[0].layers[3].figure
  #expect(run.bytes > binary.bytes)
}

@Test func npmCiCountsPackagesOfTheLockFile() {
  let lock = """
    {"lockfileVersion": 3, "packages": {"": {}, "node_modules/a": {"version": "1"}, "node_modules/b": {"version": "1", "dev": true}}}
    """
  let context = InMemoryBuildContext(["package-lock.json": .file(Array(lock.utf8)), "package.json": .file(Array("{}".utf8))])
  let text = "FROM debian:bookworm-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n"
  let report = SizeFixtures.report(text, context: context)
  let figure = report.stages[0].layers[3].figure
  #expect(figure.provenance == .estimate)
  #expect(figure.basis.contains("1 package in package-lock.json"))
}
