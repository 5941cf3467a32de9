import Testing

@testable import DockerfileInstructions

struct ExpansionEnvironmentTests {
  /// Builds an environment of `count` variables `V0`…, each set to its index.
  private func numbered(_ count: Int) -> ExpansionEnvironment {
    ExpansionEnvironment((0..<count).map { ("V\($0)", String($0)) })
  }

  @Test(arguments: [3, 16, 17, 40])
  func looksUpSetsAndRemovesAtAnySize(_ count: Int) {
    var environment = numbered(count)
    #expect(environment.names == (0..<count).map { "V\($0)" })
    #expect(environment.value(of: "V\(count - 1)") == String(count - 1))
    #expect(environment.value(of: "V\(count)") == nil)
    environment.set("V0", "replaced")
    #expect(environment.value(of: "V0") == "replaced")
    #expect(environment.names.first == "V0")
    environment.remove("V1")
    #expect(environment.value(of: "V1") == nil)
    #expect(environment.names.count == count - 1)
    #expect(environment.value(of: "V\(count - 1)") == String(count - 1))
    environment.set("V1", "back")
    #expect(environment.names.last == "V1")
    #expect(environment.value(of: "V1") == "back")
  }

  @Test func growingPastTheScanLimitKeepsEveryValue() {
    var environment = ExpansionEnvironment()
    for index in 0..<30 {
      environment.set("N\(index)", "v\(index)")
      #expect((0...index).allSatisfy { environment.value(of: "N\($0)") == "v\($0)" })
    }
    var shrunk = environment
    for index in 0..<25 { shrunk.remove("N\(index)") }
    #expect(shrunk.names == ["N25", "N26", "N27", "N28", "N29"])
    #expect(shrunk.value(of: "N27") == "v27")
  }

  @Test func equalityFollowsNamesOrderAndValues() {
    #expect(numbered(20) == numbered(20))
    #expect(numbered(20).hashValue == numbered(20).hashValue)
    var changed = numbered(20)
    changed.set("V5", "other")
    #expect(changed != numbered(20))
    let reordered = ExpansionEnvironment([("A", "1"), ("B", "2")])
    #expect(reordered != ExpansionEnvironment([("B", "2"), ("A", "1")]))
  }

  @Test func literalWordsSkipTheLexerWithTheSameValue() throws {
    let expander = ShellWordExpander()
    let environment = ExpansionEnvironment([("A", "1")])
    for word in ["plain", "with space", "ünïcode/path", ""] {
      #expect(expander.isLiteral(word))
      let lexed = try expander.expand(word, in: environment).get().value
      #expect(try expander.processWord(word, in: environment).get() == lexed)
    }
    for word in ["$A", "'q'", "\"q\"", "a\\b"] { #expect(!expander.isLiteral(word)) }
    #expect(ShellWordExpander(escapeToken: "`").isLiteral("a\\b"))
    #expect(!ShellWordExpander(escapeToken: "`").isLiteral("a`b"))
  }
}
