import DockerfileSyntax
import Testing

@testable import DockerfileInstructions

struct InstructionTyperTests {
  private func pass(_ text: String) -> InstructionPass {
    InstructionPass(Dockerfile.parse(text))
  }

  private func typed(_ text: String) -> TypedInstruction? {
    pass(text).results.last?.typed
  }

  /// The single error diagnostic of `marked`, which must start at marker 1️⃣.
  private func expectError(_ marked: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let source = MarkedSource(marked)
    let errors = pass(source.text).diagnostics.filter(\.isError)
    #expect(errors.map(\.message) == [message], sourceLocation: sourceLocation)
    #expect(errors.first?.range.lowerBound == source["1️⃣"], sourceLocation: sourceLocation)
  }

  @Test func fromReadsImageStageAndPlatform() throws {
    guard case .from(let from) = typed("FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n") else {
      Issue.record("not a FROM")
      return
    }
    #expect(from.baseName == "golang:1.22")
    #expect(from.stageName == "build")
    #expect(from.platform?.value == "$BUILDPLATFORM")
    #expect(try from.image?.get().repository.rawValue == "library/golang")
    guard case .from(let variable) = typed("FROM ${BASE}:latest\n") else { return }
    #expect(variable.image == nil && variable.baseNameHasVariables)
  }

  @Test func fromErrors() {
    expectError("FROM 1️⃣a b\n", "FROM requires either one or three arguments")
    expectError("FROM a AS 1️⃣1st\n", "invalid name for build stage: \"1st\", name can't start with a number or contain symbols")
    expectError("FROM 1️⃣--platfrom=x a\n", "unknown flag: --platfrom (did you mean platform?)")
    expectError("FROM 1️⃣Alpine\n", "invalid reference format: repository name (Alpine) must be lowercase")
  }

  @Test func stageNamesAreNotImageReferences() {
    #expect(pass("FROM alpine AS Base\nFROM base\n").diagnostics.isEmpty)
  }

  @Test func copyReadsFlagsSourcesAndHeredocs() throws {
    let text = "FROM a\nCOPY --from=build --chown=1:1 --chmod=644 --link --exclude=*.md a b/ /dst/\n"
    guard case .copy(let copy) = typed(text) else {
      Issue.record("not a COPY")
      return
    }
    #expect(copy.from?.value == "build")
    #expect(copy.chown?.value == "1:1" && copy.chmod?.value == "644")
    #expect(copy.isLinked && copy.parents == nil)
    #expect(copy.excludes.map(\.value) == ["*.md"])
    #expect(copy.sources.map(\.name) == ["a", "b/"])
    #expect(copy.destination == "/dst/")
    let destination = try #require(copy.destinationRange)
    #expect(String(decoding: Array(text.utf8)[destination], as: UTF8.self) == "/dst/")

    guard case .copy(let heredoc) = typed("FROM a\nCOPY <<-EOF /conf\n\tline\n\tEOF\n") else { return }
    guard case .heredoc(let file) = heredoc.sources.first else {
      Issue.record("no heredoc source")
      return
    }
    #expect(file.name == "EOF" && file.content == "line\n" && file.expand)
  }

  @Test func copyAndAddErrors() {
    expectError("FROM a\nCOPY 1️⃣only\n", "COPY requires at least two arguments, but only one was provided. Destination could not be determined")
    expectError("FROM a\nCOPY 1️⃣--frm=x a b\n", "unknown flag: --frm (did you mean from?)")
    expectError("FROM a\nCOPY a 1️⃣<<EOF\nx\nEOF\n", "COPY cannot accept a heredoc as a destination")
    expectError("FROM a\nADD 1️⃣--link=maybe a b\n", "expecting boolean value for flag --link, not: maybe")
    expectError(
      "ARG S=x\nFROM a\nCOPY 1️⃣--from=$S /a /b\n",
      "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround")
    #expect(pass("FROM a\nCOPY --from=${S} /a /b\n").buildKitError == nil)
  }

  @Test func addReadsItsOwnFlags() {
    guard case .add(let add) = typed("FROM a\nADD --checksum=sha256:x --keep-git-dir --unpack=false u /d\n") else {
      Issue.record("not an ADD")
      return
    }
    #expect(add.checksum?.value == "sha256:x")
    #expect(add.keepGitDirectory?.value == true)
    #expect(add.unpack?.value == false)
  }

  @Test func runReadsMountsNetworkAndCommand() {
    let text = "FROM a\nRUN --mount=type=cache,target=/c --mount=from=b,target=/b --network=none make all\n"
    guard case .run(let run) = typed(text) else {
      Issue.record("not a RUN")
      return
    }
    #expect(run.mounts.map(\.summary) == ["cache", "bind:b"])
    #expect(run.networkMode == "none" && run.securityMode == "sandbox")
    #expect(run.command == .shell("make all"))
    guard case .run(let exec) = typed("FROM a\nRUN [\"make\", \"all\"]\n") else { return }
    #expect(exec.command == .exec(["make", "all"]))
    guard case .run(let heredoc) = typed("FROM a\nRUN <<EOF\necho hi\nEOF\n") else { return }
    #expect(heredoc.heredocs.map(\.content) == ["echo hi\n"])
  }

  @Test func runErrors() {
    expectError("FROM a\nRUN 1️⃣--mount=from=$X,target=/x ls\n", "'from' doesn't support variable expansion, define alias stage instead")
    expectError("FROM a\nRUN 1️⃣--network=bridge ls\n", "invalid network mode \"bridge\"")
    expectError("FROM a\nRUN 1️⃣--security=root ls\n", "security \"root\" is not valid")
    expectError("FROM a\nRUN 1️⃣--mont=type=cache ls\n", "unknown flag: --mont (did you mean mount?)")
    expectError("FROM a\nRUN 1️⃣--mount=type=tmp,target=/t ls\n", "unsupported mount type \"tmp\" (did you mean tmpfs?)")
  }

  @Test func mountsWithVariablesOnlyWarn() {
    let diagnostics = pass("FROM a\nRUN --mount=type=$T,target=/t ls\n").diagnostics
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.code == InstructionDiagnosticCode.mountUnresolved.rawValue)
  }

  @Test func argEnvAndLabelPairs() {
    guard case .arg(let arg) = typed("ARG A B=2 C=\n") else {
      Issue.record("not an ARG")
      return
    }
    #expect(arg.declarations.map(\.name) == ["A", "B", "C"])
    #expect(arg.declarations.map(\.defaultValue) == [nil, "2", ""])
    guard case .env(let env) = typed("FROM a\nENV A=1 B=\"two words\"\n") else { return }
    #expect(env.pairs.map(\.key) == ["A", "B"])
    #expect(env.pairs.map(\.value) == ["1", "\"two words\""])
    guard case .env(let legacy) = typed("FROM a\nENV A one two\n") else { return }
    #expect(legacy.pairs.first?.isLegacyForm == true)
    expectError("FROM a\nARG 1️⃣=x\n", "ARG names can not be blank")
  }

  @Test func simpleInstructions() {
    guard case .workdir(let workdir) = typed("FROM a\nWORKDIR /app\n") else { return }
    #expect(workdir.path == "/app")
    guard case .user(let user) = typed("FROM a\nUSER app:staff\n") else { return }
    #expect(user.userName == "app" && user.group == "staff")
    guard case .expose(let expose) = typed("FROM a\nEXPOSE 80/tcp 443\n") else { return }
    #expect(expose.ports.map(\.value) == ["80/tcp", "443"])
    guard case .shell(let shell) = typed("FROM a\nSHELL [\"/bin/bash\", \"-c\"]\n") else { return }
    #expect(shell.shell == ["/bin/bash", "-c"])
    guard case .cmd(let cmd) = typed("FROM a\nCMD echo hi\n") else { return }
    #expect(cmd.command.prependsShell)
    guard case .stopSignal(let signal) = typed("FROM a\nSTOPSIGNAL SIGKILL\n") else { return }
    #expect(signal.signal == "SIGKILL")
    guard case .volume(let volume) = typed("FROM a\nVOLUME [\"/data\", \"/logs\"]\n") else { return }
    #expect(volume.paths == ["/data", "/logs"])
    guard case .maintainer(let maintainer) = typed("FROM a\nMAINTAINER Jane\n") else { return }
    #expect(maintainer.maintainer == "Jane")
    expectError("FROM a\nSHELL 1️⃣/bin/sh -c\n", "SHELL requires the arguments to be in JSON form")
    expectError("FROM a\nHEALTHCHECK 1️⃣NONE x\n", "HEALTHCHECK NONE takes no arguments")
  }

  @Test func healthcheckFormsAndOptions() {
    let text = "FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --retries=3 CMD curl -f http://x/\n"
    guard case .healthcheck(let check) = typed(text) else {
      Issue.record("not a HEALTHCHECK")
      return
    }
    #expect(check.test == ["CMD-SHELL", "curl -f http://x/"])
    #expect(check.interval?.value == 30_000_000_000)
    #expect(check.timeout?.value == 90_000_000_000)
    #expect(check.retries?.value == 3)
    guard case .healthcheck(let none) = typed("FROM a\nHEALTHCHECK NONE\n") else { return }
    #expect(none.test == ["NONE"])
    expectError("FROM a\nHEALTHCHECK 1️⃣--interval=5 CMD x\n", "time: missing unit in duration \"5\"")
    expectError("FROM a\nHEALTHCHECK 1️⃣--interval=1us CMD x\n", "Interval \"interval\" cannot be less than 1ms")
    expectError("FROM a\nHEALTHCHECK 1️⃣--retries=-1 CMD x\n", "--retries cannot be negative (-1)")
    expectError("FROM a\nHEALTHCHECK 1️⃣FOO x\n", "Unknown type \"FOO\" in HEALTHCHECK (try CMD)")
  }

  @Test func onbuildTriggers() {
    guard case .onbuild(let onbuild) = typed("FROM a\nONBUILD RUN make\n") else {
      Issue.record("not an ONBUILD")
      return
    }
    #expect(onbuild.expression == "RUN make")
    if case .run(let run)? = onbuild.trigger?.value {
      #expect(run.command == .shell("make"))
    } else {
      Issue.record("trigger not typed")
    }
    expectError("FROM a\nONBUILD 1️⃣ONBUILD RUN x\n", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
    expectError("FROM a\nONBUILD 1️⃣FROM b\n", "FROM isn't allowed as an ONBUILD trigger")
  }

  @Test func unknownInstructionsAndMissingStages() {
    expectError("FROM a\n1️⃣FNTRYPOINT x\n", "unknown instruction: FNTRYPOINT (did you mean ENTRYPOINT?)")
    expectError("1️⃣RUN x\n", "no build stage in current context")
    #expect(pass("RUN x\n").buildKitError == "no build stage in current context")
    #expect(pass("FROM a\nCOPY x\n").buildKitError?.hasPrefix("dockerfile parse error on line 2: COPY requires") == true)
  }

  @Test func groupsStagesAndMetaArgs() {
    let result = pass("ARG V=1\nFROM a AS one\nRUN x\nFROM one\nCOPY --from=one /a /b\n")
    #expect(result.metaArgs.count == 1)
    #expect(result.stages.map(\.from.baseName) == ["a", "one"])
    #expect(result.stages.map(\.commands.count) == [1, 1])
    #expect(result.buildKitError == nil)
  }
}
