import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

struct StageVariablesTests {
  private func variables(_ text: String, _ options: BuildOptions = BuildOptions()) -> StageVariables {
    StageVariables(InstructionPass(Dockerfile.parse(text)), options: options)
  }

  @Test func fromExpandsGlobalArgumentsAndBuildArgs() throws {
    let text = "ARG GO=1.22\nARG VARIANT=alpine\nFROM golang:${GO}-${VARIANT} AS build\n"
    #expect(try variables(text).stages[0].baseName.get().value == "golang:1.22-alpine")
    let overridden = variables(text, BuildOptions(buildArguments: ["GO": "1.23"]))
    #expect(try overridden.stages[0].baseName.get().value == "golang:1.23-alpine")
  }

  @Test func globalDefaultsSeeEarlierGlobalsAndUnsetOnesAreReported() throws {
    let text = "ARG A=x\nARG B=${A}y\nARG C\nFROM img:${B}${C}${D}\n"
    let base = try variables(text).stages[0].baseName.get()
    #expect(base.value == "img:xy")
    #expect(base.referenced == ["B"])
    #expect(base.unset == ["C", "D"])
  }

  @Test func automaticPlatformArgumentsAreGlobal() throws {
    let options = BuildOptions(targetPlatform: BuildPlatform(os: "linux", architecture: "arm64", variant: "v8"))
    let result = variables("FROM --platform=$BUILDPLATFORM img:${TARGETARCH}\n", options)
    #expect(try result.stages[0].baseName.get().value == "img:arm64")
    #expect(try result.stages[0].platform?.get().value == "linux/amd64")
    #expect(result.global.value(of: "TARGETPLATFORM") == "linux/arm64/v8")
    #expect(result.global.value(of: "TARGETSTAGE") == "default")
  }

  @Test func stagesSeeGlobalsOnlyAfterDeclaringThem() {
    let text = "ARG V=1\nFROM a\nRUN one\nARG V\nRUN two\n"
    let stage = variables(text).stages[0]
    #expect(stage.environments[0].value(of: "V") == nil)
    #expect(stage.environments[2].value(of: "V") == "1")
  }

  @Test func stageArgumentsPreferBuildArgsThenDefaultsThenGlobals() {
    let text = "ARG G=global\nFROM a\nARG G\nARG D=${G}-default\nARG B=unused\nRUN x\n"
    let environment = variables(text, BuildOptions(buildArguments: ["B": "cli"])).stages[0].environments[3]
    #expect(environment.value(of: "G") == "global")
    #expect(environment.value(of: "D") == "global-default")
    #expect(environment.value(of: "B") == "cli")
  }

  @Test func envWinsOverArgOfTheSameNameAndExpandsAgainstTheOldValues() {
    let text = "FROM a\nENV V=env\nARG V=arg\nENV A=1\nENV A=2 B=$A\nRUN x\n"
    let environment = variables(text).stages[0].finalEnvironment
    #expect(environment.value(of: "V") == "env")
    #expect(environment.value(of: "A") == "2")
    #expect(environment.value(of: "B") == "1")
  }

  @Test func envValuesLoseTheirQuotes() {
    let environment = variables("FROM a\nENV MSG=\"hello world\" P=/opt/bin:$PATH\n").stages[0].finalEnvironment
    #expect(environment.value(of: "MSG") == "hello world")
    #expect(environment.value(of: "P") == "/opt/bin:" + StageVariables.defaultPath)
  }

  @Test func childStagesInheritTheirParentsVariables() {
    let text = "FROM a AS base\nARG V=1\nENV E=2\nFROM base\nRUN x\nFROM a\nRUN y\n"
    let result = variables(text)
    #expect(result.stages[1].parentStage == 0)
    #expect(result.stages[1].environments[0].value(of: "V") == "1")
    #expect(result.stages[1].environments[0].value(of: "E") == "2")
    #expect(result.stages[2].parentStage == nil)
    #expect(result.stages[2].environments[0].value(of: "E") == nil)
  }

  @Test func knownBaseImageEnvironmentSeedsTheStage() {
    let pass = InstructionPass(Dockerfile.parse("FROM golang\nARG GOPATH=/x\nRUN y\n"))
    let result = StageVariables(pass) { from in
      from.baseName == "golang" ? ExpansionEnvironment([("GOPATH", "/go"), ("PATH", "/go/bin")]) : nil
    }
    #expect(result.stages[0].finalEnvironment.value(of: "GOPATH") == "/go")
    #expect(result.stages[0].finalEnvironment.value(of: "PATH") == "/go/bin")
  }
}
