import DockerfileSyntax
import StageAnalysis
import Testing

@Suite("Stage environments: shared snapshots, origins and declarations")
struct StageEnvironmentTests {
  private func binding(_ name: String, _ value: String, _ origin: VariableBinding.Origin) -> VariableBinding {
    VariableBinding(name: name, value: value, origin: origin, declaration: nil)
  }

  @Test("A snapshot keeps its variables when the environment it was taken from changes")
  func snapshotsAreIndependent() {
    var environment = StageEnvironment(isComplete: true)
    environment.bind(binding("A", "1", .argument))
    let snapshot = environment
    environment.bind(binding("A", "2", .environment))
    environment.bind(binding("B", "3", .environment))
    environment.declare("A")
    #expect(snapshot.value(of: "A") == "1")
    #expect(snapshot.value(of: "B") == nil)
    #expect(snapshot.bindings["A"]?.origin == .argument)
    #expect(snapshot.declaredArguments.isEmpty)
    #expect(environment.value(of: "A") == "2")
    #expect(environment.bindings["A"]?.origin == .environment)
    #expect(environment.orderedBindings.map(\.name) == ["A", "B"])
    #expect(environment.declaredArguments == ["A"])
    #expect(snapshot != environment)
  }

  @Test("Equal contents are equal however they were reached")
  func equalityComparesContents() {
    var first = StageEnvironment(isComplete: false)
    first.bind(binding("A", "old", .argument))
    first.bind(binding("A", "new", .environment))
    var second = StageEnvironment(isComplete: false)
    second.bind(binding("A", "new", .environment))
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    second.declare("A")
    #expect(first != second)
    #expect(StageEnvironment(isComplete: true) != StageEnvironment(isComplete: false))
  }

  @Test("Each command sees the variables before it, across ARG and ENV")
  func commandsSeeTheirOwnSnapshot() {
    let graph = StageGraph(
      dockerfile: Dockerfile.parse(
        """
        FROM scratch
        ARG A=1
        ENV B=$A C=x
        ENV A=2
        RUN true
        """))
    let environments = graph.stages[0].commands.map(\.environment)
    #expect(environments.map { $0.value(of: "A") } == [nil, "1", "1", "2"])
    #expect(environments.map { $0.value(of: "B") } == [nil, nil, "1", "1"])
    #expect(environments[3].bindings["A"]?.origin == .environment)
    #expect(environments[2].bindings["A"]?.origin == .argument)
    #expect(environments[1].declaredArguments == ["A"])
    #expect(graph.stages[0].finalEnvironment == environments[3])
  }
}
