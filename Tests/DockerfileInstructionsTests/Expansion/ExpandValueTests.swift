import Testing

@testable import DockerfileInstructions

/// `expandValue` skips word splitting; its value and unset names must be `expand`'s.
struct ExpandValueTests {
  private static let words = [
    "plain", "with space", "$HOME", "${HOME}/bin", "$MISSING", "${MISSING:-fallback}", "${EMPTY:+set}",
    "'single $HOME'", "\"double $HOME and $MISSING\"", "a\\ b", "${HOME#/h}", "${HOME/o/0}", "  lead  trail ",
    "${V:-${W:-deep}} tail", "$", "${", "${HOME", "'open", "\"open", "tab\there", "é$HOME ü",
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
}
