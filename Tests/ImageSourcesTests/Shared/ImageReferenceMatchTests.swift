import Testing

@testable import ImageSources

@Suite struct ImageReferenceMatchTests {
  @Test(arguments: [
    ("app", "docker.io/library/app:latest"),
    ("app:1", "docker.io/library/app:1"),
    ("team/app", "docker.io/team/app:latest"),
    ("localhost:5000/app", "localhost:5000/app:latest"),
    ("127.0.0.1:5000/e2e/app:bk", "127.0.0.1:5000/e2e/app:bk"),
    ("gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/static-debian12:nonroot"),
    ("app@sha256:ab", "docker.io/library/app@sha256:ab"),
  ])
  func makesTheImplicitPartsExplicit(reference: String, canonical: String) {
    #expect(ImageReferenceMatch.canonical(reference) == canonical)
  }

  @Test func comparesReferencesAndDigests() {
    #expect(ImageReferenceMatch.same("example/app:latest", "docker.io/example/app"))
    #expect(!ImageReferenceMatch.same("example/app:1", "example/app:2"))
    #expect(ImageReferenceMatch.digest("sha256:abc") == "sha256:abc")
    #expect(ImageReferenceMatch.digest("app@sha256:abc") == "sha256:abc")
    #expect(ImageReferenceMatch.digest("0123456789ab") == "sha256:0123456789ab")
    #expect(ImageReferenceMatch.digest("busybox:latest") == nil)
  }
}
