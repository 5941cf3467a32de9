import DockerfileSyntax
import StageAnalysis
import Testing

@Suite("Stage resolution")
struct StageResolutionTests {
  @Test("Bases are images, earlier stages, scratch, or unresolved")
  func baseKinds() {
    let graph = MarkedSource(
      """
      FROM golang:1.22 AS Build
      FROM build AS test
      FROM scratch
      FROM ${MISSING} AS broken
      """
    ).graph()
    #expect(graph.stages.count == 4)
    #expect(graph.stages[0].base.image?.normalized == "docker.io/library/golang:1.22")
    #expect(graph.stages[0].name == "build")
    #expect(graph.stages[0].writtenName == "Build")
    #expect(graph.stages[1].base.stageIndex == 0)
    #expect(graph.stages[2].base.kind == .scratch)
    #expect(graph.stages[2].name == nil)
    #expect(graph.stages[2].displayName == "stage-2")
    guard case .unresolved = graph.stages[3].base.kind else {
      Issue.record("expected an unresolved base, got \(graph.stages[3].base.kind)")
      return
    }
  }

  @Test("A base names a stage only by its exact expanded name, and only an earlier one")
  func baseLookupIsExactAndBackward() {
    let graph = MarkedSource(
      """
      FROM alpine AS builder
      FROM later AS first
      FROM 1️⃣Builder
      FROM alpine AS later
      """
    ).graph()
    #expect(graph.stages[1].base.image?.familiarName == "later")
    let invalid = graph.diagnostics(.invalidBaseReference)
    #expect(invalid.count == 1)
    #expect(invalid.first.map(graph.position) == SourcePosition(line: 3, column: 6))
    #expect(invalid.first?.message.hasPrefix("failed to parse stage name \"Builder\": invalid reference format") == true)
  }

  @Test("COPY --from finds stages by case-insensitive name or index; anything else is an image")
  func copySources() {
    let graph = MarkedSource(
      """
      FROM alpine AS build
      RUN make
      FROM busybox
      COPY --from=BUILD /out/app /usr/bin/app
      COPY --from=0 /etc/os-release /etc/
      COPY --from=nginx:1.27 /etc/nginx /etc/nginx
      COPY --from=scratch / /empty
      """
    ).graph()
    let copies = graph.edges.filter { $0.kind == .copy }
    #expect(copies.map(\.source) == [.stage(0), .stage(0), .image("nginx:1.27"), .image("scratch")])
    #expect(copies.map(\.target) == [1, 1, 1, 1])
    #expect(copies[0].paths == ["/out/app"])
    #expect(copies[0].destination == "/usr/bin/app")
    #expect(copies[0].reference == "BUILD")
    #expect(copies.map(\.line) == [4, 5, 6, 7])
    #expect(!graph.refusesBuild)
  }

  @Test("RUN --mount from= finds stages by name only; an index is an image name")
  func mountSources() {
    let graph = MarkedSource(
      """
      FROM alpine AS deps
      FROM alpine
      RUN --mount=type=bind,from=deps,source=/root,target=/deps \\
          --mount=type=cache,target=/var/cache \\
          --mount=from=0,target=/zero true
      """
    ).graph()
    let mounts = graph.edges.filter { $0.kind == .mount }
    #expect(mounts.map(\.source) == [.stage(0), .image("0")])
    #expect(mounts[0].paths == ["/root"])
    #expect(mounts[0].destination == "/deps")
    #expect(mounts[1].paths == ["/"])
  }

  @Test("With repeated names, --from finds the last stage and FROM the latest earlier one")
  func duplicateNames() {
    let graph = MarkedSource(
      """
      FROM alpine AS app
      FROM app AS app
      FROM busybox
      COPY --from=app /a /a
      """
    ).graph()
    #expect(graph.stages[1].base.stageIndex == 0)
    #expect(graph.edges.first { $0.kind == .copy }?.source == .stage(1))
    #expect(graph.diagnostics(.duplicateStageName).count == 1)
  }

  @Test("ONBUILD COPY --from in a base stage becomes an edge of the stage built on it")
  func onbuildEdges() {
    let graph = MarkedSource(
      """
      FROM alpine AS assets
      FROM alpine AS template
      ONBUILD COPY --from=assets /srv /srv
      FROM template
      """
    ).graph()
    let onbuild = graph.edges.filter(\.viaOnbuild)
    #expect(onbuild.count == 1)
    #expect(onbuild.first?.source == .stage(0))
    #expect(onbuild.first?.target == 2)
    #expect(onbuild.first?.line == 3)
    #expect(graph.stages.filter { !$0.isReachable }.isEmpty)
  }

  @Test("A stage built on another inherits its platform; others use --platform or the target platform")
  func platforms() {
    let graph = MarkedSource(
      """
      FROM --platform=$BUILDPLATFORM golang AS build
      FROM build AS tools
      FROM alpine
      """
    ).graph(platform: Platform(os: "linux", architecture: "arm64"))
    #expect(graph.stages[0].platform?.expanded == "linux/amd64")
    #expect(graph.stages[0].effectivePlatform.description == "linux/amd64")
    #expect(graph.stages[1].effectivePlatform.description == "linux/amd64")
    #expect(graph.stages[2].effectivePlatform.description == "linux/arm64")
  }
}
