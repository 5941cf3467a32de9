import Testing
@testable import StageAnalysis

/// How `RUN` scripts are cut into words for the size model: quotes, escapes, substitutions,
/// assignments and redirections, whether a word is copied as written or rebuilt.
@Suite("RUN scripts split into words")
struct ShellScannerTests {
  /// The words of each command of a split script, as text.
  private func words(_ script: String) -> [[String]] {
    let split = ShellScript.split(script)
    return split.commands.map(split.wordTexts)
  }

  @Test func quotesAndEscapesAreRemovedAndSubstitutionsKeptWhole() throws {
    let script = ShellScript.split("echo 'a b' \"c\\\"d\" e\\ f $(cat /x) `date` x\\é plain")
    #expect(script.commands.count == 1)
    let command = try #require(script.commands.first)
    #expect(script.wordTexts(of: command) == ["echo", "a b", "c\"d", "e f", "$(cat /x)", "`date`", "xé", "plain"])
    #expect(script.words(of: command).map(\.hasExpansion) == [false, false, false, false, true, true, false, false])
  }

  @Test func aWordMadeOfQuotedAndPlainPartsIsOneWord() {
    #expect(words("cp pre\"mid dle\"'post'end ''") == [["cp", "premid dlepostend", ""]])
  }

  @Test func anEscapedNewlineJoinsAWordAndSeparatorsSplitCommands() {
    let script = ShellScript.split("apt-get ins\\\ntall -y curl && rm -rf /var/lib/apt/lists/*; ls | wc -l")
    #expect(script.commands.map { script.name(of: $0) ?? "" } == ["apt-get", "rm", "ls", "wc"])
    #expect(script.commands.first.map(script.arguments) == ["install", "-y", "curl"])
    #expect(script.arguments(of: script.commands[1]) == ["-rf", "/var/lib/apt/lists/*"])
  }

  @Test func leadingAssignmentsAreSetAside() throws {
    let script = ShellScript.split("A=1 B=\"x y\" é=2 make a=b -C=d")
    let command = try #require(script.commands.first)
    #expect(script.assignments(of: command) == ["A=1", "B=x y", "é=2"])
    #expect(script.wordTexts(of: command) == ["make", "a=b", "-C=d"])
    #expect(words("=x make") == [["=x", "make"]])
    let dashed = ShellScript.split("a-b=c make")
    #expect(dashed.commands.first.map(dashed.assignments) == [])
    #expect(words("A=1; B=2 && run") == [["run"]])
  }

  @Test func redirectionsRecordFilesAndDropDescriptors() throws {
    let script = ShellScript.split("echo hi > /tmp/out 2>/dev/null >>\"/tmp/a b\" 2>&1")
    let command = try #require(script.commands.first)
    #expect(script.wordTexts(of: command) == ["echo", "hi"])
    #expect(script.redirectTargets(of: command).map(script.string) == ["/tmp/out", "/tmp/a b"])
    let onlyTarget = ShellScript.split("> /tmp/empty; echo 2>x")
    #expect(onlyTarget.commands.map(onlyTarget.wordTexts) == [[], ["echo"]])
    #expect(onlyTarget.commands.map { onlyTarget.redirectTargets(of: $0).map(onlyTarget.string) } == [["/tmp/empty"], ["x"]])
  }

  @Test func nestedSubstitutionsStayInTheirWord() {
    #expect(words("echo $(dirname $(which go))/bin \"$(id -u)\" done") == [["echo", "$(dirname $(which go))/bin", "$(id -u)", "done"]])
  }

  @Test func anUnterminatedQuoteEndsTheScript() {
    #expect(words("echo 'open") == [["echo", "open"]])
    #expect(words("echo \"open") == [["echo", "open"]])
  }

  @Test func wordsCompareByteForByteAndPrefixesAsStrings() throws {
    let script = ShellScript.split("/usr/bin/apt-get -y pip\u{301}x pipx")
    let command = try #require(script.commands.first)
    let base = try #require(script.baseNameField(of: command))
    #expect(script.field(base, is: "apt-get"))
    #expect(!script.field(base, is: "apt"))
    let arguments = Array(script.argumentFields(of: command))
    #expect(script.isOption(arguments[0]))
    #expect(!script.field(arguments[1], hasPrefix: "pip"))
    #expect(script.field(arguments[2], hasPrefix: "pip"))
  }

  @Test func pathsResolveAgainstTheWorkingDirectory() {
    #expect(ImagePath.resolve("/a/./b/../c/", in: "/") == "/a/c")
    #expect(ImagePath.resolve("x/y", in: "/app") == "/app/x/y")
    #expect(ImagePath.resolve("x", in: "/") == "/x")
    #expect(ImagePath.resolve("/already/clean", in: "/w") == "/already/clean")
    #expect(ImagePath.resolve("..", in: "/") == "/")
    #expect(ImagePath.resolve("...", in: "/a") == "/a/...")
    #expect(ImagePath.resolve("", in: "/a") == "/a")
    #expect(ImagePath.resolve("a//b", in: "/w/") == "/w/a/b")
    #expect(ImagePath.resolve(".hidden/..x", in: "/w") == "/w/.hidden/..x")
  }

  @Test func theBaseNameIsTheLastElement() {
    #expect(ImagePath.baseName("/usr/bin/apt-get") == "apt-get")
    #expect(ImagePath.baseName("apt") == "apt")
    #expect(ImagePath.baseName("/opt/tool/") == "tool")
    #expect(ImagePath.baseName("/") == "")
    #expect(ImagePath.baseName("") == "")
  }
}
