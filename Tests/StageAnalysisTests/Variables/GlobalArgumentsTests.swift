import DockerfileInstructions
import DockerfileSyntax
import Testing

@testable import StageAnalysis

/// `GlobalArguments` keeps the defaults-only values shared with the resolved ones until a
/// build argument sets a meta `ARG`, and its bindings are looked up without being merged.
struct GlobalArgumentsTests {
  private func globals(_ text: String, buildArguments: [String: String] = [:]) -> GlobalArguments {
    let pass = InstructionPass(Dockerfile.parse(text))
    return GlobalArguments(
      metaArguments: pass.metaArgs, configuration: BuildConfiguration(buildArguments: buildArguments),
      expander: ShellWordExpander())
  }

  @Test func defaultsEqualTheValuesWithoutBuildArguments() throws {
    let resolved = globals("ARG A=1\nARG B=${A}2\nARG C\nFROM x\n")
    let defaults = try #require(resolved.defaultsOnly)
    #expect(defaults == resolved.environment)
    #expect(defaults.value(of: "B") == "12")
    #expect(defaults.value(of: "C") == nil)
    #expect(resolved.defaultsAreResolved)
  }

  @Test func defaultsStayApartOnceABuildArgumentSetsAMetaArg() throws {
    let resolved = globals("ARG A=1\nARG B=${A}2\nARG C=${B}3\nFROM x\n", buildArguments: ["B": "b"])
    #expect(resolved.environment.value(of: "C") == "b3")
    let defaults = try #require(resolved.defaultsOnly)
    #expect(defaults.value(of: "A") == "1")
    #expect(defaults.value(of: "B") == "12")
    #expect(defaults.value(of: "C") == "123")
    #expect(!resolved.defaultsAreResolved)
    #expect(resolved.bindings["B"]?.origin == .buildArgument)
  }

  @Test func aFailedDefaultLeavesNoDefaults() {
    #expect(globals("ARG A=${X:?unset}\nFROM x\n").defaultsOnly == nil)
    #expect(globals("ARG A=1\nARG B=${X:?unset}\nFROM x\n", buildArguments: ["A": "a"]).defaultsOnly == nil)
    #expect(globals("ARG A=${X:?unset}\nFROM x\n", buildArguments: ["A": "a"]).defaultsOnly == nil)
  }

  @Test func bindingLookupsMatchTheMergedBindings() {
    let text = "ARG TARGETOS=plan9\nARG A=1\nARG A=2\nARG B\nFROM x\n"
    let resolved = globals(text, buildArguments: ["B": "b"])
    let merged = resolved.bindings
    for name in ["TARGETOS", "TARGETARCH", "A", "B", "MISSING"] {
      #expect(resolved.binding(named: name) == merged[name], "\(name)")
    }
    #expect(merged["A"]?.value == "2")
    #expect(merged["TARGETOS"]?.origin == .metaArgument)
  }

  @Test func filledArraysHoldTheValueCountTimes() {
    #expect([Int](filling: 7, count: 3) == [7, 7, 7])
    #expect([Bool](filling: false, count: 0).isEmpty)
  }
}
