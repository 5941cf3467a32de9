import Testing

@testable import DockerfileInstructions

struct ImageReferenceTests {
  @Test(arguments: [
    ("golang", "docker.io", "library/golang", nil, nil),
    ("golang:1.22-alpine", "docker.io", "library/golang", "1.22-alpine", nil),
    ("user/app:v1", "docker.io", "user/app", "v1", nil),
    ("index.docker.io/user/app", "docker.io", "user/app", nil, nil),
    ("localhost/app", "localhost", "app", nil, nil),
    ("localhost:5000/team/app:dev", "localhost:5000", "team/app", "dev", nil),
    ("ghcr.io/owner/repo/sub:1", "ghcr.io", "owner/repo/sub", "1", nil),
    ("Registry/app", "Registry", "app", nil, nil),
    ("[::1]:5000/app", "[::1]:5000", "app", nil, nil),
    ("my_app__x--y.z", "docker.io", "library/my_app__x--y.z", nil, nil),
    (
      "alpine@sha256:" + String(repeating: "a", count: 64), "docker.io", "library/alpine", nil,
      "sha256:" + String(repeating: "a", count: 64)
    ),
  ] as [(String, String, String, String?, String?)])
  func parsesAndNormalises(_ text: String, _ registry: String, _ repository: String, _ tag: String?, _ digest: String?)
    throws
  {
    let reference = try ImageReference.parse(text).get()
    #expect(reference.registry.rawValue == registry)
    #expect(reference.repository.rawValue == repository)
    #expect(reference.tag?.rawValue == tag)
    #expect(reference.digest?.rawValue == digest)
  }

  @Test func familiarAndFullNames() throws {
    let golang = try ImageReference.parse("golang:1.22").get()
    #expect(golang.familiarName == "golang")
    #expect(golang.fullName == "docker.io/library/golang")
    #expect(golang.normalized == "docker.io/library/golang:1.22")
    #expect(try ImageReference.parse("gcr.io/distroless/static").get().familiarName == "gcr.io/distroless/static")
    #expect(try ImageReference.parse("ubuntu").get().effectiveTag == .latest)
    #expect(try ImageReference.parse("scratch").get().isScratch)
  }

  @Test func rangesPointIntoTheWrittenText() throws {
    let text = "localhost:5000/team/app:dev@sha256:" + String(repeating: "b", count: 64)
    let reference = try ImageReference.parse(text).get()
    let bytes = Array(text.utf8)
    func slice(_ range: Range<Int>?) -> String { range.map { String(decoding: bytes[$0], as: UTF8.self) } ?? "" }
    #expect(slice(reference.registryRange) == "localhost:5000")
    #expect(slice(reference.repositoryRange) == "team/app")
    #expect(slice(reference.tagRange) == "dev")
    #expect(slice(reference.digestRange) == "sha256:" + String(repeating: "b", count: 64))
    let plain = try ImageReference.parse("golang:1.22").get()
    #expect(plain.registryRange == nil)
    #expect(plain.repositoryRange == 0..<6)
    #expect(plain.tagRange == 7..<11)
  }

  @Test(arguments: [
    ("Golang", "invalid reference format: repository name (Golang) must be lowercase"),
    ("user/App:v1", "invalid reference format: repository name (user/App) must be lowercase"),
    ("golang:", "invalid reference format"),
    ("golang:-bad", "invalid reference format"),
    ("a//b", "invalid reference format"),
    ("-a", "invalid reference format"),
    ("a@sha256:abc", "invalid reference format"),
    ("a@md5:" + String(repeating: "a", count: 32), "unsupported digest algorithm"),
    ("a@sha256:" + String(repeating: "a", count: 40), "invalid checksum digest length"),
    ("a@sha256:" + String(repeating: "A", count: 64), "invalid checksum digest format"),
    ("a/" + String(repeating: "b", count: 260), "repository name must not be more than 255 characters"),
    (
      String(repeating: "f", count: 64),
      "invalid repository name (\(String(repeating: "f", count: 64))), cannot specify 64-byte hexadecimal strings"
    ),
    ("golang:" + String(repeating: "t", count: 129), "invalid reference format"),
  ])
  func rejectsWithReasons(_ text: String, _ message: String) {
    guard case .failure(let error) = ImageReference.parse(text) else {
      Issue.record("\(text) parsed")
      return
    }
    #expect(error.message == message)
  }
}
