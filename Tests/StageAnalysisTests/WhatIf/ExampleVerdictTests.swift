import StageAnalysis
import Testing

/// The article's examples give the verdicts the article's claims imply.
@Suite struct ExampleVerdictTests {
  @Test func goBinaryWithCgoDefaultOntoScratchBreaks() throws {
    // go-single-stage's build (no CGO_ENABLED=0, Debian golang with gcc) with a runtime stage added.
    let text = """
      FROM golang:1.22 AS builder
      WORKDIR /app
      COPY go.mod go.sum ./
      RUN go mod download
      COPY . .
      RUN go build -o app .
      FROM debian:bookworm-slim
      COPY --from=builder /app/app /app
      CMD ["/app"]
      """
    let analysis = try WhatIfFixtures.analyze(text, ["1": "scratch"])
    let libc = analysis.verdicts(.libc)
    #expect(libc.map(\.level) == [.breaks])
    #expect(libc.first?.line == 8)
    #expect(libc.first?.reason.contains("CGO_ENABLED=0") == true)
    #expect(analysis.level == .breaks)
  }

  @Test func goScratchStaysFineWhenBuilderMovesToBookworm() throws {
    let analysis = try WhatIfFixtures.analyze(try WhatIfFixtures.example("go-scratch"), ["builder": "golang:1.22"])
    #expect(analysis.level == .ok)
    #expect(analysis.verdicts(.copyPath).map(\.level) == [.ok])
    #expect(analysis.verdicts(.libc).map(\.level) == [.ok])
  }

  @Test func goScratchWithoutCgoFlagBreaksOnceTheBuilderHasACompiler() throws {
    let text = try WhatIfFixtures.example("go-scratch").replacingOccurrences(of: "CGO_ENABLED=0 ", with: "")
    let onAlpine = try WhatIfFixtures.analyze(text, ["0": "golang:1.26-alpine3.24"])
    #expect(onAlpine.verdicts(.libc).map(\.level) == [.ok])
    let onBookworm = try WhatIfFixtures.analyze(text, ["builder": "golang:1.22"])
    #expect(onBookworm.verdicts(.libc).map(\.level) == [.breaks])
  }

  @Test func shellFormCmdOntoDistrolessBreaks() throws {
    let text = """
      FROM node:20-alpine
      WORKDIR /app
      COPY dist ./dist
      CMD node dist/index.js
      """
    let analysis = try WhatIfFixtures.analyze(text, ["0": "gcr.io/distroless/nodejs20-debian12"])
    let shell = analysis.verdicts(.shell)
    #expect(shell.map(\.level) == [.breaks])
    #expect(shell.first?.line == 4)
  }

  @Test func node20ToAlpineWithNpmCiWorks() throws {
    let text = """
      FROM node:20
      WORKDIR /app
      COPY package*.json ./
      RUN npm ci
      COPY . .
      EXPOSE 3000
      CMD ["node", "src/index.js"]
      """
    let analysis = try WhatIfFixtures.analyze(text, ["0": "node:20-alpine"])
    #expect(analysis.level == .ok)
    #expect(analysis.verdicts.map(\.rule) == [.summary])
  }

  @Test func nodeAlpineProductionOntoDistrolessBreaks() throws {
    let analysis = try WhatIfFixtures.analyze(
      try WhatIfFixtures.example("node-alpine"), ["production": "gcr.io/distroless/nodejs20-debian12"])
    #expect(analysis.level == .breaks)
    let shell = analysis.verdicts(.shell)
    #expect(shell.contains { $0.line == 18 && $0.level == .breaks })
    #expect(analysis.verdicts(.user).contains { $0.line == 24 && $0.level == .breaks })
    #expect(analysis.verdicts(.runtime).contains { $0.line == 26 && $0.reason.contains("entrypoint is already node") })
  }

  @Test func distrolessExampleBackOntoAlpineNodeWorks() throws {
    let analysis = try WhatIfFixtures.analyze(try WhatIfFixtures.example("node-distroless"), ["1": "node:20-alpine"])
    #expect(analysis.level == .ok)
  }

  @Test func distrolessScriptCmdOntoDebianSlimBreaks() throws {
    let analysis = try WhatIfFixtures.analyze(
      try WhatIfFixtures.example("typescript-api"), ["production": "debian:bookworm-slim"])
    #expect(analysis.verdicts(.runtime).map(\.level) == [.breaks])
  }

  @Test func unreachableStagesAreNotJudged() throws {
    let analysis = try WhatIfFixtures.analyze(try WhatIfFixtures.example("target-pruning"), ["debug": "scratch"])
    #expect(analysis.verdicts.isEmpty)
  }
}
