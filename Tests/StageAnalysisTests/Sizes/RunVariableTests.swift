import DockerfileInstructions
import DockerfileSyntax
import Testing
@testable import StageAnalysis

/// `RUN` size estimates read the command with the stage's variables in scope, as the build's
/// shell would: `--build-arg` over `ARG` defaults, `ENV` over `ARG`, meta `ARG`s only when re-declared.
@Suite("RUN estimates expand the stage's variables")
struct RunVariableTests {
  /// The basis of the `RUN` layer of the last stage of `text`, sized with `buildArguments`.
  private func runBasis(_ text: String, _ buildArguments: [String: String] = [:]) throws -> String {
    let graph = StageGraph(
      dockerfile: Dockerfile.parse(text), configuration: BuildConfiguration(buildArguments: buildArguments))
    let report = SizeModel().report(graph: graph, file: "Dockerfile", context: nil)
    let stage = try #require(report.stages.last)
    return try #require(stage.layers.last { $0.keyword.uppercased() == "RUN" }).figure.basis
  }

  private static let install = "RUN apt-get update && apt-get install -y ${PKGS}\n"

  @Test func aBuildArgumentNamesThePackagesInstalled() throws {
    let text = "FROM debian:bookworm-slim\nARG PKGS\n" + Self.install
    let without = try runBasis(text)
    let with = try runBasis(text, ["PKGS": "git"])
    #expect(with.contains("apt closure of git "), "\(with)")
    #expect(without.contains("${PKGS}"), "\(without)")
    #expect(with != without)
  }

  @Test func theArgDefaultAppliesUnlessABuildArgumentOverridesIt() throws {
    let text = "FROM debian:bookworm-slim\nARG PKGS=curl\n" + Self.install
    #expect(try runBasis(text).contains("apt closure of curl "))
    #expect(try runBasis(text, ["PKGS": "git"]).contains("apt closure of git "))
  }

  @Test func envShadowsTheArgAndItsBuildArgument() throws {
    let text = "FROM debian:bookworm-slim\nARG PKGS=curl\nENV PKGS=wget\n" + Self.install
    #expect(try runBasis(text, ["PKGS": "git"]).contains("apt closure of wget "))
  }

  @Test func aMetaArgReachesRunOnlyWhenRedeclared() throws {
    let meta = "ARG PKGS=curl\nFROM debian:bookworm-slim\n"
    #expect(try runBasis(meta + Self.install).contains("${PKGS}"))
    #expect(try runBasis(meta + "ARG PKGS\n" + Self.install, ["PKGS": "git"]).contains("apt closure of git "))
    #expect(try runBasis(meta + "ARG PKGS\n" + Self.install).contains("apt closure of curl "))
  }

  @Test func anUnquotedValueSplitsIntoWordsAndSingleQuotesKeepItLiteral() throws {
    let base = "FROM debian:bookworm-slim\nARG PKGS=\"git curl\"\n"
    #expect(try runBasis(base + Self.install).contains("apt closure of git curl "))
    #expect(try runBasis(base + "RUN apt-get install -y '$PKGS'\n").contains("apt closure of $PKGS "))
  }

  @Test func scannerReplacesKnownVariablesOnly() throws {
    var variables = ExpansionEnvironment()
    variables.set("A", "x y")
    variables.set("EMPTY", "")
    let script = ShellScript.split("run $A \"$A\" ${A}z $EMPTY $B ${A:-d} '$A'", variables: variables)
    let command = try #require(script.commands.first)
    #expect(script.wordTexts(of: command) == ["run", "x", "y", "x y", "x", "yz", "$B", "${A:-d}", "$A"])
    #expect(script.words(of: command).map(\.hasExpansion) == [false, false, false, false, false, false, true, true, false])
    let assigned = ShellScript.split("CFLAGS=$A make > $A", variables: variables)
    let make = try #require(assigned.commands.first)
    #expect(assigned.assignments(of: make) == ["CFLAGS=x y"])
    #expect(assigned.name(of: make) == "make")
    #expect(assigned.redirectTargets(of: make).map(assigned.string) == ["x y"])
  }
}
