import DockerfileSyntax
import Testing

/// `GoQuote` against what Go's `strconv.Quote` (`%q`) prints, which BuildKit's messages carry.
@Suite("Go %q quoting")
struct GoQuoteTests {
  @Test(
    "each kind of character is written as strconv.Quote writes it",
    arguments: [
      ("plain", "\"plain\""),
      ("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
      ("\u{07}\u{08}\u{0C}\n\r\t\u{0B}", "\"\\a\\b\\f\\n\\r\\t\\v\""),
      ("\u{00}\u{1B}\u{7F}", "\"\\x00\\x1b\\x7f\""),
      ("naïve ☺ 日本", "\"naïve ☺ 日本\""),
      ("\u{A0}\u{2028}\u{200B}", "\"\\u00a0\\u2028\\u200b\""),
      ("\u{E000}\u{10FFFF}", "\"\\ue000\\U0010ffff\""),
      ("", "\"\""),
    ])
  func quote(text: String, expected: String) {
    #expect(GoQuote.quote(text) == expected)
  }

  @Test("a word without = among key=value pairs is quoted the Go way in the message")
  func messageQuotes() {
    let mixed = Dockerfile.parse("FROM scratch\nLABEL a=b c\u{07}d")
    #expect(
      mixed.diagnostics.first?.message == "Syntax error - can't find = in \"c\\ad\". Must be of the form: name=value")
  }
}
