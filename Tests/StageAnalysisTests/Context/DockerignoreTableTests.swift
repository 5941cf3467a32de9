import Testing

@testable import StageAnalysis

/// One row of the `.dockerignore` behaviour table: the lines of an ignore
/// file, a context path, and whether BuildKit leaves the path out.
struct IgnoreCase: CustomTestStringConvertible, Sendable {
  var lines: [String]
  var path: String
  var excluded: Bool
  var source: String

  init(_ lines: [String], _ path: String, excluded: Bool, _ source: String) {
    self.lines = lines
    self.path = path
    self.excluded = excluded
    self.source = source
  }

  var testDescription: String {
    "\(lines) \(path) -> \(excluded ? "excluded" : "sent") [\(source)]"
  }
}

/// Sources: "moby" rows restate moby/patternmatcher's own tests; "docs" rows
/// the Dockerfile reference's .dockerignore section; "code" rows follow from
/// reading patternmatcher (its compile step), ignorefile and fsutil's filter walk.
let ignoreTable: [IgnoreCase] = [
  IgnoreCase(["*"], "fileutils.go", excluded: true, "moby"),
  IgnoreCase(["*.go"], "fileutils.go", excluded: true, "moby"),
  IgnoreCase(["!fileutils.go", "*.go"], "fileutils.go", excluded: true, "moby"),
  IgnoreCase(["*.go", "!fileutils.go"], "fileutils.go", excluded: false, "moby"),
  IgnoreCase(["docs", "!docs/README.md"], "docs/README.md", excluded: false, "moby"),
  IgnoreCase(["docs/", "!docs/README.md"], "docs/README.md", excluded: false, "moby"),
  IgnoreCase(["docs/*", "!docs/README.md"], "docs/README.md", excluded: false, "moby"),
  IgnoreCase(["docs", "!docs/README.md"], "docs/other.md", excluded: true, "moby"),
  IgnoreCase(["**"], "dir/file", excluded: true, "moby"),
  IgnoreCase(["**/"], "dir/file", excluded: true, "moby"),
  IgnoreCase(["dir/**"], "dir/dir2/file", excluded: true, "moby"),
  IgnoreCase(["**/dir"], "dir/file", excluded: true, "moby"),
  IgnoreCase(["**/dir2/*"], "dir/dir2/file", excluded: true, "moby"),
  IgnoreCase(["**/file*.txt"], "dir/dir/file.txt", excluded: true, "moby"),
  IgnoreCase(["**/**/*.txt2"], "dir/dir/file.txt", excluded: false, "moby"),
  IgnoreCase(["a**/*.txt"], "a/dir/dir/file.txt", excluded: true, "moby"),
  IgnoreCase(["a/*.txt"], "a/dir/file.txt", excluded: false, "moby"),
  IgnoreCase(["a[b-d]e"], "aae", excluded: false, "moby"),
  IgnoreCase(["a[^b-d]e"], "aze", excluded: true, "moby"),
  IgnoreCase([".*"], "foo", excluded: false, "moby"),
  IgnoreCase(["abc.def"], "abcZdef", excluded: false, "moby"),
  IgnoreCase(["abc/**"], "abc", excluded: false, "moby"),
  IgnoreCase(["a(b)c/def"], "a(b)c/def", excluded: true, "moby"),
  IgnoreCase(["a.|)$(}+{bc"], "a.|)$(}+{bc", excluded: true, "moby"),
  IgnoreCase(["**", "!util/docker/web"], "util/docker/web/foo", excluded: false, "moby"),
  IgnoreCase(
    ["**", "!util/docker/web", "util/docker/web/foo"], "util/docker/web/foo", excluded: true, "moby"),
  IgnoreCase(
    ["**", "!dist/*.whl"], "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", excluded: false, "moby"),
  IgnoreCase(["a\\*b"], "a*b", excluded: true, "moby"),
  IgnoreCase(["a\\*b"], "axb", excluded: false, "moby"),
  IgnoreCase(["*/temp*"], "somedir/temporary.txt", excluded: true, "docs"),
  IgnoreCase(["*/temp*"], "somedir/temp", excluded: true, "docs"),
  IgnoreCase(["*/temp*"], "temp", excluded: false, "docs"),
  IgnoreCase(["*/*/temp*"], "somedir/subdir/temporary.txt", excluded: true, "docs"),
  IgnoreCase(["temp?"], "tempa", excluded: true, "docs"),
  IgnoreCase(["temp?"], "tempab", excluded: false, "docs"),
  IgnoreCase(["temp?"], "dir/tempa", excluded: false, "docs"),
  IgnoreCase(["**/*.go"], "main.go", excluded: true, "docs"),
  IgnoreCase(["**/*.go"], "a/b/c.go", excluded: true, "docs"),
  IgnoreCase(["*.md", "!README*.md", "README-secret.md"], "README-secret.md", excluded: true, "docs"),
  IgnoreCase(["*.md", "!README*.md", "README-secret.md"], "README.md", excluded: false, "docs"),
  IgnoreCase(["*.md", "README-secret.md", "!README*.md"], "README-secret.md", excluded: false, "docs"),
  IgnoreCase(["/foo/bar"], "foo/bar", excluded: true, "docs"),
  IgnoreCase(["foo/bar"], "foo/bar/baz", excluded: true, "docs"),
  IgnoreCase(["/foo/bar"], "x/foo/bar", excluded: false, "docs"),
  IgnoreCase(["*", "!src"], "src/main.c", excluded: false, "code"),
  IgnoreCase(["*", "!src"], "other.txt", excluded: true, "code"),
  IgnoreCase(["./foo"], "foo", excluded: true, "code"),
  IgnoreCase(["foo/../bar"], "bar", excluded: true, "code"),
  IgnoreCase(["foo/../bar"], "foo/x", excluded: false, "code"),
  IgnoreCase(["../outside"], "outside", excluded: false, "code"),
  IgnoreCase(["  spaced  "], "spaced", excluded: true, "code"),
  IgnoreCase(["#comment"], "#comment", excluded: false, "code"),
  IgnoreCase([" #not-a-comment"], "#not-a-comment", excluded: true, "code"),
  IgnoreCase(["! keep", "*"], "keep", excluded: true, "code"),
  IgnoreCase(["*", "! keep"], "keep", excluded: false, "code"),
  IgnoreCase(["node_modules"], "node_modules/x/y.js", excluded: true, "code"),
  IgnoreCase(["node_modules"], "a/node_modules/y.js", excluded: false, "code"),
  IgnoreCase(["**/node_modules"], "a/node_modules/y.js", excluded: true, "code"),
  IgnoreCase(["**foo"], "barfoo", excluded: true, "code"),
  IgnoreCase(["abc**"], "abcdef", excluded: true, "code"),
  IgnoreCase(["abc**"], "abc", excluded: true, "code"),
  IgnoreCase(["[a-c]*.txt"], "b1.txt", excluded: true, "code"),
  IgnoreCase(["[a-c]*.txt"], "d1.txt", excluded: false, "code"),
  IgnoreCase(["a[^x]b"], "a/b", excluded: true, "code"),
  IgnoreCase(["a?b"], "a/b", excluded: false, "code"),
  IgnoreCase(["*.log", "!important.log"], "logs/x.log", excluded: false, "code"),
  IgnoreCase(["build", "!build/keep/**"], "build/keep/x", excluded: false, "code"),
  IgnoreCase(["build", "!build/keep/**"], "build/keep", excluded: true, "code"),
  IgnoreCase(["build", "!build/keep/**"], "build/other", excluded: true, "code"),
  IgnoreCase([".git"], ".github/workflows/ci.yml", excluded: false, "code"),
  IgnoreCase([".git"], ".git/HEAD", excluded: true, "code"),
  IgnoreCase(["a/b/c"], "a/b", excluded: false, "code"),
  IgnoreCase(["**/.env"], ".env", excluded: true, "code"),
  IgnoreCase(["ä*"], "äbc", excluded: true, "code"),
  IgnoreCase(["?"], "ä", excluded: true, "code"),
  IgnoreCase(["a\\d"], "a7", excluded: true, "code"),
  IgnoreCase(["a", "!a/b", "a"], "a/b", excluded: false, "code: walk quirk"),
  IgnoreCase(["/"], "anything", excluded: false, "code"),
]

@Test(arguments: ignoreTable)
func dockerignoreTableRow(_ row: IgnoreCase) throws {
  let file = DockerignoreFile(text: row.lines.joined(separator: "\n"))
  let matcher = try PatternMatcher(file)
  #expect(matcher.matches(row.path) == row.excluded)
}

@Test func tableIsLargeAndMixed() {
  #expect(ignoreTable.count >= 40)
  #expect(ignoreTable.contains { $0.excluded } && ignoreTable.contains { !$0.excluded })
}

@Test func walkQuirkDiffersFromStatelessParentMatching() throws {
  // BuildKit's walk hands each directory's per-pattern results to its
  // children; the third pattern was skipped for `a` (it could not change the
  // verdict there), so `a/b` does not inherit it. The stateless check does.
  let matcher = try PatternMatcher(["a", "!a/b", "a"])
  #expect(matcher.matches("a/b") == false)
  #expect(matcher.matchesOrParentMatches("a/b") == true)
}
