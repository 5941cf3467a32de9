import Testing

@testable import DockerfileInstructions

struct ShellWordExpanderTests {
  private let expander = ShellWordExpander()
  private let environment = ExpansionEnvironment(assignments: ["FOO=foo", "EMPTY=", "PATHLIKE=/tmp/tmp/bar.txt"])

  private func value(_ word: String, _ env: ExpansionEnvironment? = nil) -> String? {
    try? expander.processWord(word, in: env ?? environment).get()
  }

  private func error(_ word: String, _ env: ExpansionEnvironment? = nil) -> ExpansionError? {
    if case .failure(let error) = expander.processWord(word, in: env ?? environment) { return error }
    return nil
  }

  @Test(arguments: [
    ("$FOO", "foo"), ("${FOO}", "foo"), ("x${FOO}y", "xfooy"), ("$NOPE", ""), ("$", "$"), ("$.", "$."),
    ("${NOPE-d}", "d"), ("${EMPTY-d}", ""), ("${NOPE:-d}", "d"), ("${EMPTY:-d}", "d"), ("${FOO:-d}", "foo"),
    ("${NOPE+a}", ""), ("${EMPTY+a}", "a"), ("${NOPE:+a}", ""), ("${EMPTY:+a}", ""), ("${FOO:+a}", "a"),
    ("${EMPTY?}", ""), ("${FOO:?}", "foo"), ("${NOPE:-${FOO:-x}}", "foo"), ("${NOPE:-a${FOO}b}", "afoob"),
  ])
  func expandsParameterForms(_ word: String, _ expected: String) {
    #expect(value(word) == expected)
  }

  @Test func requiredVariablesFailWithBuildKitMessages() {
    #expect(error("${NOPE?}")?.reason == "NOPE: is not allowed to be unset")
    #expect(error("${EMPTY:?}")?.reason == "EMPTY: is not allowed to be empty")
    #expect(error("${NOPE:?set it $FOO}")?.reason == "NOPE: set it foo")
    #expect(error("ab${NOPE?}")?.offset == 2)
    #expect(error("${NOPE?}")?.message == "failed to process \"${NOPE?}\": NOPE: is not allowed to be unset")
  }

  @Test func rejectsSyntaxBuildKitRejects() {
    #expect(error("${}")?.kind == .badSubstitution)
    #expect(error("${:-x}")?.kind == .badSubstitution)
    #expect(error("${FOO")?.kind == .unsupportedModifier("\u{FFFD}"))
    #expect(error("${FOO:-x")?.kind == .missingClosingBrace)
    #expect(error("${FOO:=x}")?.kind == .unsupportedModifier(":="))
    #expect(error("${FOO:#x}")?.kind == .unsupportedModifier(":#"))
    #expect(error("${FOO/x")?.kind == .missingReplacementSlash)
    #expect(error("'abc")?.kind == .unterminatedSingleQuote)
    #expect(error("\"abc")?.kind == .unterminatedDoubleQuote)
  }

  @Test func lengthFormIsTheSpecialParameterHash() {
    #expect(error("${#FOO}")?.kind == .unsupportedModifier("F"))
    #expect(value("${#}") == "")
  }

  @Test(arguments: [
    ("${V#*x*y}", "xxyy", "y"), ("${V#*}", "xxyy", "xxyy"), ("${V##*x}", "xxyy", "yy"), ("${V#}", "xxyy", "xxyy"),
    ("${V#?\\?}", "???y", "?y"), ("${V%%\\**}", "xx**", "xx"), ("${V%%\\**\\*}", "a***yy*", "a"),
    ("${V%y}", "xxyy", "xxy"), ("${V%%y*}", "xxyy", "xx"), ("${V#()[]{\\}^$.\\*\\?|\\\\}", "()[]{}^$.*?|\\x", "x"),
  ])
  func trimsShellPatterns(_ word: String, _ variable: String, _ expected: String) {
    #expect(value(word, ExpansionEnvironment([("V", variable)])) == expected)
  }

  @Test func patternWildcardsDoNotCrossNewlines() {
    #expect(value("${V#*b}", ExpansionEnvironment([("V", "a\nb")])) == "a\nb")
    #expect(value("${V#?}", ExpansionEnvironment([("V", "\nb")])) == "\nb")
  }

  @Test func replacesFirstOrEveryMatch() {
    let env = ExpansionEnvironment([("FOO", "/foo*/*/*.txt"), ("NEEDLE", "\\*/"), ("P", "/tmp/tmp/bar.txt")])
    #expect(value("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", env) == "/foo.*/*.txt - /foo..*.txt")
    #expect(value("${P/\\/tmp/} - ${P//\\/tmp/}", env) == "/tmp/bar.txt - /bar.txt")
    #expect(value("${P//\\//\\/}", env) == "\\/tmp\\/tmp\\/bar.txt")
    #expect(value("${P//t/\\$0}", env) == "/\\tmp/\\tmp/bar.\\tx\\t")
    #expect(value("${NOPE///}", env) == "")
    #expect(error("${P/\\x/y}", env)?.kind == .invalidPattern(pattern: "\\x", reason: "invalid escape '\\x'"))
  }

  @Test func quotesAndEscapesWithBackslash() {
    #expect(value("'$FOO'") == "$FOO")
    #expect(value("\"$FOO\"") == "foo")
    #expect(value("\\$FOO") == "$FOO")
    #expect(value("\"a\\tb\"") == "a\\tb")
    #expect(value("a\\tb") == "atb")
    #expect(value("\"\\\"\"") == "\"")
  }

  @Test func quotesAndEscapesWithBacktick() throws {
    let backtick = ShellWordExpander(escapeToken: "`")
    let env = ExpansionEnvironment([("FOO", "foo")])
    #expect(try backtick.processWord("`$FOO", in: env).get() == "$FOO")
    #expect(try backtick.processWord("C:\\dir\\$FOO", in: env).get() == "C:\\dir\\foo")
    #expect(try backtick.processWord("\"a``b`\"\"", in: env).get() == "a`b\"")
    #expect(try backtick.processWord("a` b", in: env).get() == "a b")
  }

  @Test func splitsWordsAfterExpansion() throws {
    let env = ExpansionEnvironment([("SPACE", "a  b")])
    #expect(try expander.processWords("x${SPACE}y", in: env).get() == ["xa", "by"])
    #expect(try expander.processWords("x\"${SPACE}\"y z", in: env).get() == ["xa  by", "z"])
    #expect(try expander.processWords("a\\ b", in: env).get() == ["a b"])
  }

  @Test func nestedOperatorFormsRestartTheCurrentWordLikeBuildKit() throws {
    #expect(try expander.processWords("a${X:-b}c", in: ExpansionEnvironment()).get() == ["bc"])
    #expect(try expander.processWord("a${X:-b}c", in: ExpansionEnvironment()).get() == "abc")
  }

  @Test func tracksReferencedAndUnsetVariables() throws {
    let result = try expander.expand("${FOO-aaa} ${EMPTY-bbb} ${BAZ-ccc} $FOO ${FOO#x}", in: environment).get()
    #expect(result.value == "foo  ccc foo foo")
    #expect(result.referenced == ["FOO", "EMPTY"])
    #expect(result.unset == ["BAZ"])
  }

  @Test func skipUnsetEnvKeepsReferencesToUnsetVariables() throws {
    var keep = ShellWordExpander()
    keep.skipUnsetEnv = true
    #expect(try keep.processWord("$FOO $NOPE ${NOPE} ${NOPE:-x}", in: environment).get() == "foo $NOPE ${NOPE} ${NOPE:-x}")
  }

  @Test func rawQuotesKeepsQuoteCharacters() throws {
    var raw = ShellWordExpander()
    raw.rawQuotes = true
    #expect(try raw.processWord("'a'\"$FOO\"", in: environment).get() == "'a'\"foo\"")
  }
}
