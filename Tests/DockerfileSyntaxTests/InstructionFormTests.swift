import DockerfileSyntax
import Testing
import _StageTestSupport

@Suite("Instruction forms and line parsers")
struct InstructionFormTests {
  private func only(_ source: String) -> Instruction? {
    Dockerfile.parse(source).instructions.last
  }

  @Test func jsonAndShellForms() {
    #expect(only("CMD [\"a\", \"b c\"]")?.values == ["a", "b c"])
    #expect(only("CMD [\"a\", \"b c\"]")?.isJSONForm == true)
    #expect(only("CMD ['a']")?.values == ["['a']"])
    #expect(only("CMD ['a']")?.isJSONForm == false)
    #expect(only("ENTRYPOINT [\"a\"] trailing")?.isJSONForm == false)
    #expect(only("RUN [\"\\u0041\\n\"]")?.values == ["A\n"])
    #expect(only("CMD []")?.values == [])
    #expect(only("CMD []")?.isJSONForm == true)
  }

  @Test func nonStringJSONArrayIsAnError() {
    let marked = MarkedText(textWithMarkers: "FROM a\nCMD 1️⃣[\"a\", 1]\n")
    let dockerfile = Dockerfile.parse(marked.textWithoutMarkers)
    #expect(dockerfile.diagnostics.first?.message == "when using JSON array syntax, arrays must be comprised of strings only")
    #expect(dockerfile.diagnostics.first?.range.lowerBound == marked["1️⃣"])
  }

  @Test func listsSplitOnBlanks() {
    #expect(only("COPY --from=b  a\tb   c")?.values == ["a", "b", "c"])
    #expect(only("EXPOSE 80 443/tcp")?.values == ["80", "443/tcp"])
    #expect(only("VOLUME [\"/a\", \"/b\"]")?.values == ["/a", "/b"])
    #expect(only("FROM --platform=$P img AS b")?.values == ["img", "AS", "b"])
  }

  @Test func flagsAreExtracted() {
    let marked = MarkedText(textWithMarkers: "COPY 1️⃣--from=build2️⃣ 3️⃣--chmod=\"7 5\"4️⃣ -- a b")
    let copy = Dockerfile.parse(marked.textWithoutMarkers).instructions[0]
    #expect(copy.flags.map(\.text) == ["--from=build", "--chmod=7 5"])
    #expect(copy.flags.map(\.range) == [marked.range("1️⃣", "2️⃣"), marked.range("3️⃣", "4️⃣")])
    #expect(copy.flags[0].name == "from")
    #expect(copy.flags[0].value == "build")
    #expect(copy.values == ["a", "b"])
  }

  @Test func plainFlagsKeepTheirBytesAndByteFlagsReadAsLatin1() {
    let bytes = Array("COPY --link --chown=".utf8) + [0xE9] + Array(" -- --x y\n".utf8)
    let copy = Dockerfile.parse(bytes).instructions[0]
    #expect(copy.flags.map(\.text) == ["--link", "--chown=\u{E9}"])
    #expect(copy.flags.map(\.range) == [5..<11, 12..<21])
    #expect(copy.values == ["--x", "y"])
    #expect(only("RUN --mount=type=cache,target=/c\\\n  --network=none make")?.flags.map(\.text) == [
      "--mount=type=cache,target=/c", "--network=none",
    ])
  }

  @Test func envAndLabelTriples() {
    #expect(only("ENV a=1 b=\"x y\" c=")?.values == ["a", "1", "=", "b", "\"x y\"", "=", "c", "", "="])
    #expect(only("ENV PATH /usr/bin:$PATH")?.values == ["PATH", "/usr/bin:$PATH", ""])
    #expect(only("LABEL \"k\"=\"v\"")?.values == ["\"k\"", "\"v\"", "="])
    let marked = MarkedText(textWithMarkers: "ENV 1️⃣a2️⃣=3️⃣b4️⃣")
    let env = Dockerfile.parse(marked.textWithoutMarkers).instructions[0]
    #expect(env.arguments.map(\.range) == [marked.range("1️⃣", "2️⃣"), marked.range("3️⃣", "4️⃣"), marked.range("2️⃣", "3️⃣")])
  }

  @Test func envErrors() {
    #expect(Dockerfile.parse("FROM a\nENV a").diagnostics.first?.message == "ENV must have two arguments")
    let mixed = Dockerfile.parse("FROM a\nLABEL a=b c")
    #expect(mixed.diagnostics.first?.message == "Syntax error - can't find = in \"c\". Must be of the form: name=value")
  }

  @Test func argAndStringInstructions() {
    #expect(only("ARG a b=\"c d\"")?.values == ["a", "b=\"c d\""])
    #expect(only("USER  app:app ")?.values == ["app:app"])
    #expect(only("MAINTAINER Jane Doe <j@d>")?.values == ["Jane Doe <j@d>"])
    #expect(only("WORKDIR")?.values == [])
  }

  @Test func healthcheck() {
    let check = only("HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\"]")
    #expect(check?.flags.map(\.text) == ["--interval=5s"])
    #expect(check?.values == ["CMD", "curl", "-f"])
    #expect(check?.isJSONForm == true)
    #expect(only("HEALTHCHECK NONE")?.values == ["NONE"])
  }

  @Test func onbuildHoldsItsTrigger() {
    let onbuild = only("onbuild RUN --mount=type=cache,target=/c make")
    #expect(onbuild?.keyword == "onbuild")
    #expect(onbuild?.command == "onbuild")
    #expect(onbuild?.values == [])
    let trigger = onbuild?.onbuildTrigger
    #expect(trigger?.command == "run")
    #expect(trigger?.flags.map(\.text) == ["--mount=type=cache,target=/c"])
    #expect(trigger?.values == ["make"])
    #expect(trigger?.original == "RUN --mount=type=cache,target=/c make")
  }

  @Test func unknownAndLowercaseInstructions() {
    let dockerfile = Dockerfile.parse("from a\nFROBNICATE x y\n")
    #expect(dockerfile.instructions.map(\.keyword) == ["from", "FROBNICATE"])
    #expect(dockerfile.instructions.map(\.command) == ["from", "frobnicate"])
    #expect(dockerfile.instructions[1].values == [""])
    #expect(!dockerfile.hasErrors)
  }

  @Test func precedingCommentsAreCollected() {
    let dockerfile = Dockerfile.parse("# one\n# two\nFROM a\n#\n# three\nRUN b\n")
    #expect(dockerfile.instructions.map(\.precedingComments) == [["one", "two"], ["three"]])
  }
}
