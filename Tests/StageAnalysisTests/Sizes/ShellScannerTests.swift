import Testing
@testable import StageAnalysis

/// How `RUN` scripts are cut into words for the size model: quotes, escapes, substitutions,
/// assignments and redirections, whether a word is copied as written or rebuilt.
@Suite("RUN scripts split into words")
struct ShellScannerTests {
  @Test func quotesAndEscapesAreRemovedAndSubstitutionsKeptWhole() {
    let commands = ShellCommand.split("echo 'a b' \"c\\\"d\" e\\ f $(cat /x) `date` x\\é plain")
    #expect(commands.count == 1)
    #expect(commands.first?.words.map(\.text) == ["echo", "a b", "c\"d", "e f", "$(cat /x)", "`date`", "xé", "plain"])
    #expect(commands.first?.words.map(\.hasExpansion) == [false, false, false, false, true, true, false, false])
  }

  @Test func aWordMadeOfQuotedAndPlainPartsIsOneWord() {
    let commands = ShellCommand.split("cp pre\"mid dle\"'post'end ''")
    #expect(commands.first?.words.map(\.text) == ["cp", "premid dlepostend", ""])
  }

  @Test func anEscapedNewlineJoinsAWordAndSeparatorsSplitCommands() {
    let commands = ShellCommand.split("apt-get ins\\\ntall -y curl && rm -rf /var/lib/apt/lists/*; ls | wc -l")
    #expect(commands.map { $0.name ?? "" } == ["apt-get", "rm", "ls", "wc"])
    #expect(commands.first?.arguments == ["install", "-y", "curl"])
    #expect(commands[1].arguments == ["-rf", "/var/lib/apt/lists/*"])
  }

  @Test func leadingAssignmentsAreSetAside() {
    let commands = ShellCommand.split("A=1 B=\"x y\" é=2 make a=b -C=d")
    #expect(commands.first?.assignments == ["A=1", "B=x y", "é=2"])
    #expect(commands.first?.words.map(\.text) == ["make", "a=b", "-C=d"])
    #expect(ShellCommand.split("=x make").first?.words.map(\.text) == ["=x", "make"])
    #expect(ShellCommand.split("a-b=c make").first?.assignments == [])
  }

  @Test func redirectionsRecordFilesAndDropDescriptors() {
    let commands = ShellCommand.split("echo hi > /tmp/out 2>/dev/null >>\"/tmp/a b\" 2>&1")
    #expect(commands.first?.words.map(\.text) == ["echo", "hi"])
    #expect(commands.first?.redirectTargets.map(\.text) == ["/tmp/out", "/tmp/a b"])
  }

  @Test func nestedSubstitutionsStayInTheirWord() {
    let commands = ShellCommand.split("echo $(dirname $(which go))/bin \"$(id -u)\" done")
    #expect(commands.first?.words.map(\.text) == ["echo", "$(dirname $(which go))/bin", "$(id -u)", "done"])
  }

  @Test func anUnterminatedQuoteEndsTheScript() {
    #expect(ShellCommand.split("echo 'open").first?.words.map(\.text) == ["echo", "open"])
    #expect(ShellCommand.split("echo \"open").first?.words.map(\.text) == ["echo", "open"])
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
