import Testing

@testable import StageAnalysis

/// moby/patternmatcher TestMatches: `exact` matches the path itself,
/// `inexact` only through a parent directory, `fail` not at all.
enum MobyMatch: Sendable {
  case exact, inexact, fail
}

let mobyMatchRows: [(String, String, MobyMatch)] = [
  ("**", "file", .exact), ("**", "file/", .exact), ("**/", "file", .exact), ("**/", "file/", .exact),
  ("**", "/", .exact), ("**/", "/", .exact), ("**", "dir/file", .exact), ("**/", "dir/file", .exact),
  ("**", "dir/file/", .exact), ("**/", "dir/file/", .exact), ("**/**", "dir/file", .exact),
  ("**/**", "dir/file/", .exact), ("dir/**", "dir/file", .exact), ("dir/**", "dir/file/", .exact),
  ("dir/**", "dir/dir2/file", .exact), ("dir/**", "dir/dir2/file/", .exact), ("**/dir", "dir", .exact),
  ("**/dir", "dir/file", .inexact), ("**/dir2/*", "dir/dir2/file", .exact),
  ("**/dir2/*", "dir/dir2/file/", .inexact),
  ("**/dir2/**", "dir/dir2/dir3/file", .exact), ("**/dir2/**", "dir/dir2/dir3/file/", .exact),
  ("**file", "file", .exact), ("**file", "dir/file", .exact), ("**/file", "dir/file", .exact),
  ("**file", "dir/dir/file", .exact), ("**/file", "dir/dir/file", .exact),
  ("**/file*", "dir/dir/file", .exact),
  ("**/file*", "dir/dir/file.txt", .exact), ("**/file*txt", "dir/dir/file.txt", .exact),
  ("**/file*.txt", "dir/dir/file.txt", .exact), ("**/file*.txt*", "dir/dir/file.txt", .exact),
  ("**/**/*.txt", "dir/dir/file.txt", .exact), ("**/**/*.txt2", "dir/dir/file.txt", .fail),
  ("**/*.txt", "file.txt", .exact), ("**/**/*.txt", "file.txt", .exact), ("a**/*.txt", "a/file.txt", .exact),
  ("a**/*.txt", "a/dir/file.txt", .exact), ("a**/*.txt", "a/dir/dir/file.txt", .exact),
  ("a/*.txt", "a/dir/file.txt", .fail), ("a/*.txt", "a/file.txt", .exact),
  ("a/*.txt**", "a/file.txt", .exact),
  ("a[b-d]e", "ae", .fail), ("a[b-d]e", "ace", .exact), ("a[b-d]e", "aae", .fail),
  ("a[^b-d]e", "aze", .exact),
  (".*", ".foo", .exact), (".*", "foo", .fail), ("abc.def", "abcdef", .fail), ("abc.def", "abc.def", .exact),
  ("abc.def", "abcZdef", .fail), ("abc?def", "abcZdef", .exact), ("abc?def", "abcdef", .fail),
  ("**/foo/bar", "foo/bar", .exact), ("**/foo/bar", "dir/foo/bar", .exact),
  ("**/foo/bar", "dir/dir2/foo/bar", .exact),
  ("abc/**", "abc", .fail), ("abc/**", "abc/def", .exact), ("abc/**", "abc/def/ghi", .exact),
  ("**/.foo", ".foo", .exact), ("**/.foo", "bar.foo", .fail), ("a(b)c/def", "a(b)c/def", .exact),
  ("a(b)c/def", "a(b)c/xyz", .fail), ("a.|)$(}+{bc", "a.|)$(}+{bc", .exact),
  (
    "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
    "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", .exact
  ),
  ("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", .exact),
  ("a\\\\", "a\\", .exact), ("a\\*b", "a*b", .exact),
]

@Test(arguments: mobyMatchRows)
func mobyMatchesRow(_ pattern: String, _ text: String, _ expected: MobyMatch) throws {
  let matcher = try PatternMatcher([pattern])
  #expect(try #require(matcher.patterns.first).matches(text) == (expected == .exact))
  #expect(matcher.matchesOrParentMatches(text) == (expected != .fail))
  #expect(matcher.matches(text) == (expected != .fail))
}

/// moby/patternmatcher TestMatch (Go's filepath tests run through the matcher); nil means a syntax error.
let mobyFilepathRows: [(String, String, Bool?)] = [
  ("abc", "abc", true), ("*", "abc", true), ("*c", "abc", true), ("a*", "a", true), ("a*", "abc", true),
  ("a*", "ab/c", true), ("a*/b", "abc/b", true), ("a*/b", "a/c/b", false),
  ("a*b*c*d*e*/f", "axbxcxdxe/f", true),
  ("a*b*c*d*e*/f", "axbxcxdxexxx/f", true), ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false),
  ("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false), ("a*b?c*x", "abxbbxdbxebxczzx", true),
  ("a*b?c*x", "abxbbxdbxebxczzy", false), ("ab[c]", "abc", true), ("ab[b-d]", "abc", true),
  ("ab[e-g]", "abc", false),
  ("ab[^c]", "abc", false), ("ab[^b-d]", "abc", false), ("ab[^e-g]", "abc", true), ("a\\*b", "a*b", true),
  ("a\\*b", "ab", false), ("a?b", "a☺b", true), ("a[^a]b", "a☺b", true), ("a???b", "a☺b", false),
  ("a[^a][^a][^a]b", "a☺b", false), ("[a-ζ]*", "α", true), ("*[a-ζ]", "A", false), ("a?b", "a/b", false),
  ("a*b", "a/b", false), ("[\\]a]", "]", true), ("[\\-]", "-", true), ("[x\\-]", "x", true),
  ("[x\\-]", "-", true),
  ("[x\\-]", "z", false), ("[\\-x]", "x", true), ("[\\-x]", "-", true), ("[\\-x]", "a", false),
  ("[]a]", "]", nil),
  ("[-]", "-", nil), ("[x-]", "x", nil), ("[x-]", "-", nil), ("[x-]", "z", nil), ("[-x]", "x", nil),
  ("[-x]", "-", nil),
  ("[-x]", "a", nil), ("\\", "a", nil), ("[a-b-c]", "a", nil), ("[", "a", nil), ("[^", "a", nil),
  ("[^bc", "a", nil),
  ("a[", "a", nil), ("a[", "ab", nil), ("*x", "xxx", true),
]

@Test(arguments: mobyFilepathRows)
func mobyFilepathRow(_ pattern: String, _ name: String, _ expected: Bool?) throws {
  guard let expected else {
    #expect(throws: PatternError.self) { try PatternMatcher([pattern]) }
    return
  }
  #expect(try PatternMatcher([pattern]).matchesOrParentMatches(name) == expected)
}

/// Go's filepath.Match itself (used for COPY wildcards): no parent rule, so `a*` does not match `ab/c`.
@Test(
  arguments: [
    ("a*", "ab/c", false), ("*", "a/b", false), ("*/b", "a/b", true), ("a/*/c", "a/b/c", true),
    ("[^a]", "/", true),
    ("*.go", "main.go", true), ("\\[x]", "[x]", true), ("a\\", "a", false),
  ] as [(String, String, Bool)])
func goFilepathMatch(_ pattern: String, _ name: String, _ expected: Bool) {
  let result = try? FilepathMatch.matches(pattern, name)
  if pattern == "a\\" {
    #expect(result == nil)
  } else {
    #expect(result == expected)
  }
}

@Test func wildcardDetectionHonoursEscapes() {
  #expect(FilepathMatch.containsWildcards("*.go"))
  #expect(FilepathMatch.containsWildcards("a[bc]"))
  #expect(!FilepathMatch.containsWildcards("a\\*b"))
  #expect(!FilepathMatch.containsWildcards("plain.txt"))
}

@Test func kindsFollowPatternmatcherCompile() throws {
  let kinds = try PatternMatcher(["*", "dir/**", "**/dir", "**file", "a.b", "**/dir2/*", "**"]).patterns.map(
    \.kind)
  #expect(
    kinds == [.program, .prefix("dir/"), .suffix("/dir"), .suffix("file"), .exact, .program, .suffix("")])
}

@Test func exceptionWalkRule() throws {
  let prefixOnly = try PatternMatcher(["build", "!build/keep/**", "cache"])
  #expect(prefixOnly.mustDescend(intoExcluded: "build"))
  #expect(!prefixOnly.mustDescend(intoExcluded: "cache"))
  let noExceptions = try PatternMatcher(["build"])
  #expect(!noExceptions.mustDescend(intoExcluded: "build"))
  let wildcardException = try PatternMatcher(["build", "!*/keep"])
  #expect(wildcardException.mustDescend(intoExcluded: "anything"))
}

@Test func longProgramsMatchLikeShortOnes() throws {
  // 40 tokens: past the 64-bit state mask, so the array-based NFA runs.
  let long = try PatternMatcher([String(repeating: "a?", count: 20)])
  #expect(long.matches(String(repeating: "ab", count: 20)))
  #expect(!long.matches(String(repeating: "ab", count: 19) + "a/"))
  let short = try PatternMatcher([String(repeating: "a?", count: 5)])
  #expect(short.matches(String(repeating: "ab", count: 5)))
  #expect(!short.matches(String(repeating: "ab", count: 4) + "a/"))
}

@Test func innerLiteralIndexFindsWildcardsOnBothSides() throws {
  let matcher = try PatternMatcher((0..<50).map { "*x\($0)*" })
  let verdicts = ["abx17cd", "aby99cd", "dir/x3", "x3/dir"].map(matcher.matches)
  #expect(verdicts == [true, false, false, true])
}
