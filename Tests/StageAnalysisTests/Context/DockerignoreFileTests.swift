import Testing

@testable import StageAnalysis

@Test func readAllExampleFromIgnorefileTests() {
  // moby/patternmatcher ignorefile_test.go TestReadAll.
  let text = "test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! "
  let file = DockerignoreFile(text: text)
  #expect(
    file.patternStrings == ["test1", "test2", "a/file/here", "lastfile", "!inverted/abs/path", "!", "!"])
  #expect(file.patterns.map(\.line) == [1, 2, 3, 5, 7, 8, 9])
}

@Test func byteOrderMarkAndCarriageReturns() {
  let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# c\r\n*.log\r\n./build/\r\n\r\nlast".utf8)
  let file = DockerignoreFile(bytes: bytes)
  #expect(file.patternStrings == ["*.log", "build", "last"])
  #expect(file.patterns.map(\.line) == [2, 3, 5])
}

@Test func byteOrderMarkOnlyStrippedFromFirstLine() {
  let bom = String(decoding: [0xEF, 0xBB, 0xBF], as: UTF8.self)
  let file = DockerignoreFile(text: "a\n\(bom)b")
  #expect(file.patternStrings == ["a", "\u{FEFF}b"])
}

@Test func commentOnlyInColumnOne() {
  let file = DockerignoreFile(text: "#x\n  #y\n\t!#z")
  #expect(file.patternStrings == ["#y", "!#z"])
}

@Test func cleaningFollowsFilepathClean() {
  let file = DockerignoreFile(text: "a//b/\n./c/./d\n/../e\nf/../../g\n!/h/\n/\n.")
  #expect(file.patternStrings == ["a/b", "c/d", "e", "../g", "!h", "/", "."])
}

@Test func exclamationAloneFailsLikeBuildKit() {
  let file = DockerignoreFile(text: "*.md\n\n!\n")
  #expect(throws: PatternError.illegalExclusion(line: 3)) { try PatternMatcher(file) }
  #expect(
    PatternError.illegalExclusion(line: 3).description == ".dockerignore:3: illegal exclusion pattern: \"!\"")
}

@Test func malformedPatternNamesItsLine() {
  let file = DockerignoreFile(text: "ok\n[")
  #expect(throws: PatternError.badPattern("[", line: 2)) { try PatternMatcher(file) }
}

@Test func dockerfileSpecificIgnoreTakesPrecedence() {
  var context = InMemoryBuildContext()
  context.addFile(".dockerignore", "*.go\n")
  context.addFile("build/app.Dockerfile", "FROM scratch\n")
  context.addFile("build/app.Dockerfile.dockerignore", "*.md\n")
  let specific = DockerignoreFile.load(from: context, dockerfilePath: "build/app.Dockerfile")
  #expect(specific.origin == .dockerfileSpecific("build/app.Dockerfile.dockerignore"))
  #expect(specific.file.patternStrings == ["*.md"])
  let plain = DockerignoreFile.load(from: context, dockerfilePath: "Dockerfile")
  #expect(plain.origin == .contextRoot)
  #expect(plain.file.patternStrings == ["*.go"])
  #expect(DockerignoreFile.load(from: InMemoryBuildContext(), dockerfilePath: nil).origin == .none)
}

@Test(arguments: [
  ("", "."), ("abc", "abc"), ("abc/def", "abc/def"), ("a/b/c", "a/b/c"), (".", "."), ("..", ".."),
  ("../..", "../.."), ("../../abc", "../../abc"), ("/abc", "/abc"), ("/", "/"), ("abc/", "abc"),
  ("abc/def/", "abc/def"), ("/abc/", "/abc"), ("abc//def//ghi", "abc/def/ghi"), ("//abc", "/abc"),
  ("///abc", "/abc"), ("abc//", "abc"), ("abc/./def", "abc/def"), ("/./abc/def", "/abc/def"),
  ("abc/.", "abc"),
  ("abc/def/ghi/../jkl", "abc/def/jkl"), ("abc/def/../ghi/../jkl", "abc/jkl"), ("abc/def/..", "abc"),
  ("abc/def/../..", "."), ("/abc/def/../..", "/"), ("abc/def/../../..", ".."), ("/abc/def/../../..", "/"),
  ("abc/def/../../../ghi/jkl/../../../mno", "../../mno"), ("/../abc", "/abc"), ("abc/./../def", "def"),
  ("abc//./../def", "def"), ("abc/../../././../def", "../../def"),
])
func filepathCleanMatchesGo(_ input: String, _ expected: String) {
  // Cases from Go's path/filepath cleantests.
  #expect(ContextPath.clean(input) == expected)
}

@Test func contextRelativeCannotLeaveTheContext() {
  #expect(ContextPath.contextRelative("../../etc/passwd") == "etc/passwd")
  #expect(ContextPath.contextRelative(".") == "")
  #expect(ContextPath.contextRelative("./src/") == "src")
}
