import Testing

@testable import DockerfileInstructions

/// `expandValue` skips word splitting; its value and unset names must be `expand`'s.
struct ExpandValueTests {
  private static let words = [
    "plain", "with space", "$HOME", "${HOME}/bin", "$MISSING", "${MISSING:-fallback}", "${EMPTY:+set}",
    "'single $HOME'", "\"double $HOME and $MISSING\"", "a\\ b", "${HOME#/h}", "${HOME/o/0}", "  lead  trail ",
    "${V:-${W:-deep}} tail", "$", "${", "${HOME", "'open", "\"open", "tab\there", "é$HOME ü",
    "$A$A$MISSING$MISSING", "x${HOME}y$HOME_2", "$1x", "$_u", "${_u}", "$@", "${HOME}}", "$HOME-", "${ HOME}",
    "$$", "`$HOME", "a$EMPTY-b",
  ]

  private static let environment = ExpansionEnvironment([("HOME", "/home/user"), ("EMPTY", "")])

  @Test(arguments: words)
  func valueAndUnsetMatchFullExpansion(_ word: String) {
    let expander = ShellWordExpander()
    switch (expander.expand(word, in: Self.environment), expander.expandValue(word, in: Self.environment)) {
    case (.success(let full), .success(let value)):
      #expect(value.value == full.value)
      #expect(value.unset == full.unset)
    case (.failure(let full), .failure(let value)):
      #expect(value == full)
    default:
      Issue.record("\(word): expand and expandValue disagree on success")
    }
  }

  @Test func literalWordIsItsOwnValue() throws {
    let result = try ShellWordExpander().expandValue("golang:1.22", in: ExpansionEnvironment()).get()
    #expect(result.value == "golang:1.22")
    #expect(result.unset.isEmpty)
  }

  @Test func backtickEscapeIsNotLiteral() throws {
    let expander = ShellWordExpander(escapeToken: "`")
    let result = try expander.expandValue("a`$b", in: ExpansionEnvironment()).get()
    #expect(result.value == "a$b")
  }

  @Test(arguments: [
    "$HOME", "${HOME}/bin", "$MISSING", "a$EMPTY-b", "$A$A$MISSING$MISSING", "x${HOME}y$HOME_2",
  ])
  func plainReferencesAreReadInOnePass(_ word: String) throws {
    let expander = ShellWordExpander()
    let plain = try #require(expander.substitutePlainReferences(word, in: Self.environment))
    let full = try expander.expand(word, in: Self.environment).get()
    #expect(plain.value == full.value)
    #expect(plain.unset == full.unset)
  }

  @Test(arguments: [
    "'q'", "a\\b", "$1", "$@", "${HOME:-x}", "é$HOME", "$", "${HOME", "\"$HOME\"", "${ HOME}",
  ])
  func otherWordsGoThroughTheLexer(_ word: String) {
    #expect(ShellWordExpander().substitutePlainReferences(word, in: Self.environment) == nil)
    var unset = ShellWordExpander()
    unset.skipUnsetEnv = true
    #expect(unset.substitutePlainReferences("$HOME", in: Self.environment) == nil)
  }
}
