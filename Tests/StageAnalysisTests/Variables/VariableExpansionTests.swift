import DockerfileSyntax
import StageAnalysis
import Testing

@Suite("Variables as BuildKit expands them")
struct VariableExpansionTests {
  private func graph(
    _ text: String, buildArguments: [String: String] = [:], platform: Platform? = nil
  ) -> StageGraph {
    let configuration = BuildConfiguration(
      buildArguments: buildArguments, targetPlatform: platform,
      buildPlatform: Platform(os: "linux", architecture: "amd64"))
    return StageGraph(dockerfile: Dockerfile.parse(text), configuration: configuration)
  }

  /// The environment the last instruction of `stage` sees.
  private func lastEnvironment(_ graph: StageGraph, stage: Int = 0) -> StageEnvironment? {
    graph.stages[stage].commands.last?.environment
  }

  @Test("Meta ARGs expand in FROM, with defaults that use earlier meta ARGs")
  func metaArgumentsInFrom() {
    let graph = graph(
      """
      ARG REGISTRY=docker.io
      ARG IMAGE=${REGISTRY}/library/golang
      ARG VERSION=1.22
      FROM ${IMAGE}:${VERSION}-alpine AS build
      """)
    #expect(graph.stages[0].base.expanded == "docker.io/library/golang:1.22-alpine")
    #expect(graph.stages[0].base.written == "${IMAGE}:${VERSION}-alpine")
    #expect(graph.diagnostics.isEmpty)
  }

  @Test("A --build-arg overrides a declared meta ARG; an undeclared one has no effect")
  func buildArgumentsNeedDeclarations() {
    let graph = graph(
      """
      ARG VERSION=1.21
      FROM golang:${VERSION}${SUFFIX}
      """, buildArguments: ["VERSION": "1.23", "SUFFIX": "-alpine"])
    #expect(graph.stages[0].base.expanded == "golang:1.23")
    #expect(graph.diagnostics(.undefinedArgInFrom).map(\.message) == ["FROM argument 'SUFFIX' is not declared"])
  }

  @Test("${v:-default} and ${v:+alternative} in FROM")
  func modifiersInFrom() {
    let graph = graph(
      """
      ARG FLAVOR
      ARG TAG=3.20
      FROM alpine:${FLAVOR:-latest} AS a
      FROM alpine:${TAG:+edge} AS b
      """)
    #expect(graph.stages[0].base.expanded == "alpine:latest")
    #expect(graph.stages[1].base.expanded == "alpine:edge")
  }

  @Test("Platform ARGs come from --platform and the build machine, and --build-arg overrides them")
  func platformArguments() {
    let text = """
      FROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}-${TARGETARCH}${TARGETVARIANT}
      """
    let native = graph(text)
    #expect(native.stages[0].base.expanded == "golang:1.22-linux-amd64")
    #expect(native.stages[0].platform?.expanded == "linux/amd64")
    let cross = graph(text, platform: Platform(os: "linux", architecture: "arm", variant: "v7"))
    #expect(cross.stages[0].base.expanded == "golang:1.22-linux-armv7")
    #expect(cross.stages[0].platform?.expanded == "linux/amd64")
    let overridden = graph(text, buildArguments: ["TARGETARCH": "riscv64"])
    #expect(overridden.stages[0].base.expanded == "golang:1.22-linux-riscv64")
  }

  @Test("Meta ARGs are not visible in a stage unless re-declared; a bare re-declaration inherits the value")
  func metaArgumentScope() {
    let graph = graph(
      """
      ARG VERSION=1.0
      ARG OTHER=x
      FROM alpine
      ARG VERSION
      RUN true
      """)
    let environment = lastEnvironment(graph)
    #expect(environment?.value(of: "VERSION") == "1.0")
    #expect(environment?.bindings["VERSION"]?.origin == .metaArgument)
    #expect(environment?.value(of: "OTHER") == nil)
  }

  @Test("A stage ARG default wins over the meta value; a --build-arg wins over both")
  func stageArgumentPrecedence() {
    let text = """
      ARG VERSION=1.0
      FROM alpine
      ARG VERSION=2.0
      RUN true
      """
    #expect(lastEnvironment(graph(text))?.value(of: "VERSION") == "2.0")
    let overridden = lastEnvironment(graph(text, buildArguments: ["VERSION": "3.0"]))
    #expect(overridden?.value(of: "VERSION") == "3.0")
    #expect(overridden?.bindings["VERSION"]?.origin == .buildArgument)
  }

  @Test("Platform ARGs need an ARG inside a stage")
  func platformArgumentsInStage() {
    let graph = graph(
      """
      FROM alpine
      RUN echo $TARGETARCH
      ARG TARGETARCH
      RUN echo $TARGETARCH
      """, platform: Platform(os: "linux", architecture: "arm64"))
    #expect(graph.stages[0].commands[0].environment.value(of: "TARGETARCH") == nil)
    #expect(graph.stages[0].commands[2].environment.value(of: "TARGETARCH") == "arm64")
    #expect(graph.stages[0].commands[2].environment.bindings["TARGETARCH"]?.origin == .platform)
  }

  @Test("ENV after ARG shadows it; ENV values expand with the variables before the instruction")
  func environmentShadowsArguments() {
    let graph = graph(
      """
      FROM alpine
      ARG MODE=debug
      ENV MODE=release OLD=${MODE}
      ENV PATH_PART="${MODE}/bin"
      RUN true
      """)
    let environment = lastEnvironment(graph)
    #expect(environment?.value(of: "MODE") == "release")
    #expect(environment?.bindings["MODE"]?.origin == .environment)
    #expect(environment?.value(of: "OLD") == "debug")
    #expect(environment?.value(of: "PATH_PART") == "release/bin")
  }

  @Test("ARG defaults expand in order within one instruction and with the stage's variables")
  func argumentDefaultsExpandSequentially() {
    let graph = graph(
      """
      FROM alpine
      ENV ROOT=/opt
      ARG A=${ROOT}/a B=${A}/b
      RUN true
      """)
    #expect(lastEnvironment(graph)?.value(of: "B") == "/opt/a/b")
  }

  @Test("A stage built on another stage starts with its variables")
  func stagesInheritVariables() {
    let graph = graph(
      """
      FROM alpine AS base
      ARG VERSION=7
      ENV HOME_DIR=/srv
      FROM base
      RUN true
      """)
    let environment = lastEnvironment(graph, stage: 1)
    #expect(environment?.value(of: "VERSION") == "7")
    #expect(environment?.value(of: "HOME_DIR") == "/srv")
  }

  @Test("A meta ARG default the lexer rejects is an error at the ARG")
  func metaArgumentExpansionError() {
    let marked = MarkedSource(
      """
      ARG 1️⃣BAD=${X:?required}
      FROM alpine
      """)
    let graph = marked.graph()
    let errors = graph.diagnostics(.argumentExpansion)
    #expect(errors.map(\.message) == ["failed to process \"${X:?required}\": X: required"])
    #expect(errors.first.map(graph.position) == marked.position("1️⃣"))
    #expect(graph.refusesBuild)
  }

  @Test("Global arguments list the platform values first, in BuildKit's order")
  func globalArgumentOrder() {
    let graph = graph("ARG A=1\nFROM alpine\n")
    #expect(
      Array(graph.globalArguments.environment.names.prefix(9)) == [
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH",
        "TARGETVARIANT", "A",
      ])
    #expect(graph.globalArguments.bindings["A"]?.origin == .metaArgument)
  }
}
