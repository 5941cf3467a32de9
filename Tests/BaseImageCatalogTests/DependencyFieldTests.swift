import Testing

@testable import BaseImageCatalog

/// `Depends`-style fields (`a, b | c`) read on bytes give what reading them by characters gives.
@Suite("Dependency fields")
struct DependencyFieldTests {
  @Test(
    "ASCII fields split on bytes as they split on characters",
    arguments: [
      "", "libc6", "libc6, libgcc-s1", "a, b | c", " a ,\tb|  c  , ", ",,a,,|,b||", "  ,  |  ",
      "libstdc++6 (>= 12), zlib1g | zlib-ng", "perl:any, python3:any | python3-minimal",
    ])
  func bytesMatchCharacters(field: String) {
    let substring = Substring(field)
    #expect(DebianPackage.groups(substring) == DebianPackage.groupsByCharacter(substring))
  }

  @Test func groupsAreListsOfAlternatives() {
    #expect(DebianPackage.groups("a, b | c,, |d") == [["a"], ["b", "c"], ["d"]])
  }

  @Test func nonASCIIFieldsAreReadByCharacters() {
    let field: Substring = "caf\u{E9}, x\u{00A0}| y"
    #expect(DebianPackage.groups(field) == DebianPackage.groupsByCharacter(field))
    #expect(DebianPackage.groups(field) == [["caf\u{E9}"], ["x", "y"]])
  }
}
