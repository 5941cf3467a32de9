import DockerfileSyntax
import StageAnalysis
import Testing

@Suite("Diagnostics of the stage analysis, with positions")
struct GraphDiagnosticsTests {
  /// Asserts exactly one diagnostic with `code` at `marker`, and returns it.
  @discardableResult
  private func expectOne(
    _ code: StageGraphDiagnosticCode, at marker: String, in marked: MarkedSource, graph: StageGraph,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Diagnostic? {
    let found = graph.diagnostics(code)
    #expect(found.count == 1, "diagnostics: \(graph.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    guard let diagnostic = found.first else { return nil }
    #expect(graph.position(of: diagnostic) == marked.position(marker), sourceLocation: sourceLocation)
    return diagnostic
  }

  @Test("FROM with a variable that expands to nothing")
  func blankBase() {
    let marked = MarkedSource("ARG BASE\nFROM 1️⃣${BASE}\n")
    let graph = marked.graph()
    let diagnostic = expectOne(.blankBase, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "base name (${BASE}) should not be blank")
    #expect(diagnostic?.severity == .error)
    #expect(graph.diagnostics(.undefinedArgInFrom).isEmpty)
    #expect(graph.diagnostics(.invalidDefaultArgInFrom).count == 1)
  }

  @Test("An undeclared variable in FROM, with BuildKit's suggestion")
  func undefinedArgInFrom() {
    let marked = MarkedSource("ARG VERSION=1\nFROM 1️⃣alpine:${VERSON}\n")
    let graph = marked.graph()
    let diagnostic = expectOne(.undefinedArgInFrom, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "FROM argument 'VERSON' is not declared (did you mean VERSION?)")
    #expect(diagnostic?.severity == .warning)
    #expect(graph.stages[0].base.expanded == "alpine:")
  }

  @Test("A default that makes an invalid base name")
  func invalidDefaultArgInFrom() {
    let marked = MarkedSource("ARG TAG=\nFROM 1️⃣alpine:${TAG}\n")
    let graph = marked.graph(buildArguments: ["TAG": "3.20"])
    let diagnostic = expectOne(.invalidDefaultArgInFrom, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "Default value for ARG alpine:${TAG} results in empty or invalid base image name")
    #expect(!graph.refusesBuild)
  }

  @Test("Defaults alone are the resolved values: each base is judged as it resolved")
  func invalidDefaultArgWithoutBuildArguments() {
    let marked = MarkedSource("ARG TAG=\nARG GOOD=3.20\nFROM 1️⃣alpine:${TAG}\nFROM alpine:${GOOD}\n")
    let graph = marked.graph()
    expectOne(.invalidDefaultArgInFrom, at: "1️⃣", in: marked, graph: graph)
    expectOne(.invalidBaseReference, at: "1️⃣", in: marked, graph: graph)
    #expect(graph.stages[1].base.image?.tag?.rawValue == "3.20")
  }

  @Test("An empty --platform value")
  func emptyPlatform() {
    let marked = MarkedSource("ARG P\nFROM --platform=1️⃣$P alpine\n")
    let graph = marked.graph()
    let diagnostic = expectOne(.invalidPlatform, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "empty platform value from expression $P")
  }

  @Test("COPY --from with a variable is refused")
  func copyFromVariable() {
    let marked = MarkedSource("ARG SRC=alpine\nFROM alpine\nCOPY --from=1️⃣$SRC /a /b\n")
    let graph = marked.graph()
    let diagnostic = expectOne(.copyFromVariable, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message.hasPrefix("variable expansion is not supported for --from") == true)
    #expect(graph.refusesBuild)
  }

  @Test("COPY --from an index past the last stage")
  func invalidIndex() {
    let marked = MarkedSource("FROM alpine\nCOPY --from=1️⃣3 /a /b\n")
    let graph = marked.graph()
    #expect(expectOne(.invalidStageIndex, at: "1️⃣", in: marked, graph: graph)?.message == "invalid stage index 3")
  }

  @Test("COPY --from the stage itself is a circular dependency")
  func selfReference() {
    let marked = MarkedSource("FROM alpine AS app\n1️⃣COPY --from=app /a /b\n")
    let graph = marked.graph()
    let diagnostic = expectOne(.circularDependency, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "circular dependency detected on stage: app")
  }

  @Test("A cycle names the first stage it is reachable from and points at the instruction closing it")
  func twoStageCycle() {
    let marked = MarkedSource(
      """
      FROM alpine
      COPY --from=b /x /x
      FROM alpine AS a
      1️⃣COPY --from=b /x /x
      FROM alpine AS b
      COPY --from=a /y /y
      """)
    let graph = marked.graph()
    let diagnostic = expectOne(.circularDependency, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "circular dependency detected on stage: stage-0")
  }

  @Test("COPY --from a later stage fails when the copying stage is built, and warns otherwise")
  func laterStage() {
    let marked = MarkedSource(
      """
      FROM alpine AS early
      1️⃣COPY --from=2 /x /x
      FROM alpine AS other
      FROM alpine AS late
      """)
    let built = marked.graph(target: "early")
    let diagnostic = expectOne(.copyFromLaterStage, at: "1️⃣", in: marked, graph: built)
    #expect(diagnostic?.message == "cannot copy from stage \"2\", it needs to be defined before current stage \"early\"")
    #expect(diagnostic?.severity == .error)
    let notBuilt = marked.graph(target: "other")
    #expect(notBuilt.diagnostics(.copyFromLaterStage).first?.severity == .warning)
    #expect(!notBuilt.refusesBuild)
  }

  @Test("An unknown --target, with a suggestion")
  func unknownTarget() {
    let marked = MarkedSource("FROM alpine AS build\n1️⃣FROM build AS runtime\n")
    let graph = marked.graph(target: "runtme")
    let diagnostic = expectOne(.unknownTarget, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "target stage \"runtme\" could not be found (did you mean runtime?)")
    #expect(graph.targetIndex == nil)
    #expect(graph.refusesBuild)
  }

  @Test("A --target given as an index is refused, with a note naming the stage")
  func targetIndex() {
    let marked = MarkedSource("1️⃣FROM alpine AS build\nFROM build\n")
    let graph = marked.graph(target: "0")
    let notes = graph.diagnostics.filter { $0.severity == .note }
    #expect(notes.map(\.message) == ["BuildKit selects --target by stage name; stage 0 is named 'build'"])
    #expect(notes.first.map(graph.position) == marked.position("1️⃣"))
  }

  @Test("Reserved, duplicate and mis-cased stage names; FROM/AS casing")
  func stageNameLints() {
    let marked = MarkedSource(
      """
      FROM alpine AS 1️⃣scratch
      FROM alpine 2️⃣as 3️⃣Build
      FROM alpine AS 4️⃣build
      """)
    let graph = marked.graph()
    expectOne(.reservedStageName, at: "1️⃣", in: marked, graph: graph)
    expectOne(.fromAsCasing, at: "2️⃣", in: marked, graph: graph)
    expectOne(.stageNameCasing, at: "3️⃣", in: marked, graph: graph)
    expectOne(.duplicateStageName, at: "4️⃣", in: marked, graph: graph)
    #expect(graph.diagnostics(.fromAsCasing).first?.message == "'as' and 'FROM' keywords' casing do not match")
    #expect(graph.diagnostics(.stageNameCasing).first?.message == "Stage name 'Build' should be lowercase")
    #expect(!graph.refusesBuild)
  }

  @Test("An invalid stage name is the instruction pass's error")
  func invalidStageName() {
    let marked = MarkedSource("FROM alpine AS 1️⃣1st\n")
    let graph = marked.graph()
    let errors = graph.diagnostics.filter { $0.code == "invalid-stage-name" }
    #expect(errors.count == 1)
    #expect(errors.first.map(graph.position) == marked.position("1️⃣"))
    #expect(graph.refusesBuild)
  }

  @Test("A file without FROM has no stages to build")
  func missingFrom() {
    let graph = MarkedSource("ARG A=1\n").graph()
    #expect(graph.stages.isEmpty)
    #expect(graph.diagnostics(.noStages).map(\.message) == ["dockerfile contains no stages to build"])
    #expect(graph.target == nil)
  }

  @Test("Undefined variables are reported where every variable is known (stages rooted in scratch)")
  func undefinedVar() {
    let marked = MarkedSource(
      """
      FROM scratch
      ARG DIR
      1️⃣COPY app ${DIR}/${DEST}
      FROM alpine
      COPY app ${DEST}
      """)
    let graph = marked.graph()
    let diagnostic = expectOne(.undefinedVar, at: "1️⃣", in: marked, graph: graph)
    #expect(diagnostic?.message == "Usage of undefined variable '$DEST'")
  }
}
