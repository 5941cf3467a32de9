import Testing

@testable import BaseImageCatalog

@Suite("Catalog lookups")
struct CatalogLookupTests {
  let catalog = BaseImageCatalog.bundled

  @Test func exactLookupOfTheArticleImages() throws {
    let go = try #require(catalog.image(repository: "golang", tag: "1.22-alpine"))
    #expect(go.contentSize?.bytes == 230_660_000)
    #expect(go.contentSize?.tolerance == 5_000)
    #expect(go.contentSize?.date == "2024-11-07")
    #expect(go.traits.libc == .musl)
    #expect(go.traits.runtime == LanguageRuntime(name: "go", version: "1.22"))
    #expect(go.isEndOfLife)
    let node = try #require(catalog.image(repository: "node", tag: "20"))
    #expect(node.contentSize?.bytes == 1_100_000_000)
    #expect(node.contentSize?.tolerance == 5_000_000)
    #expect(catalog.image(repository: "node", tag: "20-alpine")?.contentSize?.bytes == 135_660_000)
    #expect(catalog.image(repository: "golang", tag: "1.22")?.traits.distroRelease == "bookworm")
    let distroless = try #require(
      catalog.image(repository: "gcr.io/distroless/nodejs20-debian12", tag: "latest"))
    #expect(distroless.contentSize == nil)
    #expect(distroless.traits.shell == .absent)
    #expect(distroless.notes.contains { $0.contains("unknown") })
  }

  @Test(
    "Written spellings find the same entry",
    arguments: [
      "golang:1.22-alpine", "docker.io/library/golang:1.22-alpine",
      "index.docker.io/library/golang:1.22-alpine",
    ])
  func spellings(text: String) throws {
    let match = try #require(catalog.lookup(text).match)
    #expect(match.image.id == "golang:1.22-alpine@linux/amd64")
    #expect(match.quality == .exact)
  }

  @Test func digestIsIgnoredWithANote() throws {
    let match = try #require(catalog.lookup("alpine:3.22@sha256:0123").match)
    #expect(match.image.tag == "3.22")
    #expect(match.quality == .exact)
    #expect(match.notes.contains { $0.contains("digest") })
  }

  @Test func aliasesAreReportedWithTheirReason() throws {
    let match = try #require(catalog.lookup("debian:12-slim").match)
    #expect(match.image.tag == "bookworm-slim")
    guard case .alias(let reason) = match.quality else {
      Issue.record("expected an alias match, got \(match.quality)")
      return
    }
    #expect(reason.contains("bookworm"))
  }

  @Test func patchTagFallsBackToTheLineWithAReason() throws {
    let match = try #require(catalog.lookup("node:20.11-alpine3.19").match)
    #expect(match.image.tag == "20-alpine")
    #expect(!match.quality.isExact)
    let reason = try #require(match.quality.reason)
    #expect(reason.contains("20.11"))
    #expect(reason.contains("3.19"))
  }

  @Test func fallbackNeverCrossesBuildKinds() throws {
    let match = try #require(catalog.lookup("golang:1.22.5-bookworm").match)
    #expect(match.image.tag == "1.22")
    #expect(match.image.variant == .full)
    let slim = try #require(catalog.lookup("python:3.12.1-slim-bookworm").match)
    #expect(slim.image.tag == "3.12-slim-bookworm")
    if case .unknown(_, let reason) = catalog.lookup("golang:1.22-windowsservercore") {
      #expect(reason.contains("same kind"))
    } else {
      Issue.record("a flavor the catalog lacks must not match")
    }
  }

  @Test func latestRowsCompareByTheirResolvedVersion() throws {
    let match = try #require(catalog.lookup("postgres:16").match)
    #expect(match.image.tag == "latest")
    #expect(match.quality.reason?.contains("different major version: 18.4 instead of 16") == true)
  }

  @Test func noTagMeansLatest() throws {
    let match = try #require(catalog.lookup("busybox").match)
    #expect(match.image.tag == "latest")
    #expect(match.notes.contains { $0.contains("latest") })
    let alpine = try #require(catalog.lookup("alpine").match)
    #expect(alpine.image.tag == "3.24.2")
    #expect(alpine.quality.reason?.contains("newest") == true)
  }

  @Test func arm64HasCompressedSizesOnly() throws {
    let match = try #require(
      catalog.lookup("alpine:3.24.2", architecture: Architecture(normalizing: "arm64")).match)
    #expect(match.image.architecture == .arm64)
    #expect(match.image.compressedSize?.bytes == 4_187_659)
    #expect(match.image.contentSize == nil)
    #expect(catalog.platforms(repository: "alpine", tag: "3.24.2").count == 2)
  }

  @Test func missingPlatformFallsBackToAmd64Openly() throws {
    let match = try #require(catalog.lookup("golang:1.22-alpine", architecture: .arm64).match)
    #expect(match.image.architecture == .amd64)
    #expect(match.quality.reason?.contains("linux/amd64") == true)
  }

  @Test func unknownRepositoryIsUnknown() {
    guard case .unknown(_, let reason) = catalog.lookup("example.com/team/app:1.0") else {
      Issue.record("an unknown repository must not match")
      return
    }
    #expect(reason.contains("not in the catalog"))
  }

  @Test func scratchIsEmptyAndExact() throws {
    let scratch = try #require(catalog.lookup("scratch").match?.image)
    #expect(scratch.contentSize?.bytes == 0)
    #expect(scratch.contentSize?.precision == .exact)
    #expect(scratch.contentSize?.basis == .synthetic)
    #expect(scratch.traits.shell == .absent)
    #expect(scratch.traits.passwd == .absent)
    #expect(scratch.traits.caCertificates == .absent)
  }

  @Test func architectureSpellings() {
    #expect(Architecture(normalizing: "x86_64") == .amd64)
    #expect(Architecture(normalizing: "linux/amd64") == .amd64)
    #expect(Architecture(normalizing: "aarch64") == .arm64)
    #expect(Architecture(normalizing: "linux/arm64") == .arm64)
    #expect(Architecture(normalizing: "s390x").rawValue == "linux/s390x")
  }
}
