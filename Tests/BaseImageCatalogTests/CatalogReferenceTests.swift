import Testing

@testable import BaseImageCatalog

@Suite("Image reference normalisation")
struct CatalogReferenceTests {
  @Test(
    "Docker Hub spellings collapse to the short name",
    arguments: [
      "golang:1.22-alpine", "library/golang:1.22-alpine", "docker.io/library/golang:1.22-alpine",
      "index.docker.io/library/golang:1.22-alpine", "registry-1.docker.io/library/golang:1.22-alpine",
      "docker.io/golang:1.22-alpine", "  golang:1.22-alpine ",
    ])
  func dockerHubSpellings(text: String) throws {
    let reference = try #require(CatalogReference(parsing: text))
    #expect(reference.repository == "golang")
    #expect(reference.tag == "1.22-alpine")
    #expect(reference.digest == nil)
  }

  @Test func otherRegistriesKeepTheirHost() throws {
    let reference = try #require(CatalogReference(parsing: "gcr.io/distroless/static-debian12:nonroot"))
    #expect(reference.repository == "gcr.io/distroless/static-debian12")
    #expect(reference.tag == "nonroot")
    let local = try #require(CatalogReference(parsing: "localhost:5000/library/app"))
    #expect(local.repository == "localhost:5000/library/app")
    #expect(local.tag == nil)
    #expect(local.effectiveTag == "latest")
  }

  @Test func digestIsKeptAndNoted() throws {
    let text =
      "cgr.dev/chainguard/static@sha256:1ab0a290ac6ef0ad24cd179e39d2e8351d09eeea22ea0013998f525b7fd8d872"
    let reference = try #require(CatalogReference(parsing: text))
    #expect(reference.repository == "cgr.dev/chainguard/static")
    #expect(reference.tag == nil)
    #expect(reference.digest?.hasPrefix("sha256:1ab0") == true)
    #expect(reference.notes.contains { $0.contains("ignored") })
    let tagged = try #require(CatalogReference(parsing: "node:20-alpine@sha256:abc"))
    #expect(tagged.tag == "20-alpine")
    #expect(tagged.digest == "sha256:abc")
  }

  @Test func uppercaseIsLoweredWithANote() throws {
    let reference = try #require(CatalogReference(parsing: "Golang:1.22"))
    #expect(reference.repository == "golang")
    #expect(reference.notes.contains { $0.contains("lowercase") })
  }

  @Test(
    "Unparsable references", arguments: ["", "   ", "${BASE_IMAGE}", "golang:$GO_VERSION", "a//b:1", "x y"])
  func unparsable(text: String) {
    #expect(CatalogReference(parsing: text) == nil)
  }
}

@Suite("Catalog reference from parts")
struct CatalogReferencePartsTests {
  @Test func partsAreNormalisedLikeText() throws {
    let reference = try #require(
      CatalogReference(repository: "docker.io/library/node", tag: "20", digest: "sha256:ab"))
    #expect(reference.repository == "node")
    #expect(reference.tag == "20")
    #expect(reference.digest == "sha256:ab")
    #expect(CatalogReference(repository: "", tag: nil) == nil)
  }
}
