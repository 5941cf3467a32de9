import Testing

@testable import BaseImageCatalog

@Suite("Swap variants")
struct VariantTests {
  let catalog = BaseImageCatalog.bundled

  func variants(_ repository: String, _ tag: String) throws -> [SwapCandidate] {
    catalog.variants(of: try #require(catalog.image(repository: repository, tag: tag)))
  }

  @Test func nodeTwentyKeepsItsVersionLine() throws {
    let candidates = try variants("node", "20")
    let ids = Set(candidates.map(\.image.id))
    #expect(ids.contains("node:20-alpine@linux/amd64"))
    #expect(ids.contains("node:20-bookworm-slim@linux/amd64"))
    #expect(ids.contains("gcr.io/distroless/nodejs20-debian12:latest@linux/amd64"))
    #expect(ids.contains("cgr.dev/chainguard/node:latest@linux/amd64"))
    #expect(ids.contains("busybox:latest@linux/amd64"))
    #expect(ids.contains("scratch:latest@linux/amd64"))
    #expect(!candidates.contains { $0.image.repository == "node" && $0.image.tag.hasPrefix("22") })
    #expect(!ids.contains("gcr.io/distroless/nodejs22-debian12:latest@linux/amd64"))
    let alpine = try #require(candidates.first { $0.image.tag == "20-alpine" })
    #expect(alpine.relation == .sameFamily)
    #expect(alpine.contentDelta == 135_660_000 - 1_100_000_000)
    #expect(alpine.changes.contains(TraitChange(trait: .libc, from: "glibc", to: "musl")))
    let scratch = try #require(candidates.first { $0.relation == .scratch })
    #expect(scratch.note?.contains("no node runtime") == true)
    #expect(scratch.changes.contains(TraitChange(trait: .shell, from: "present", to: "absent")))
  }

  @Test func goGetsStaticBases() throws {
    let candidates = try variants("golang", "1.22-alpine")
    let ids = Set(candidates.map(\.image.id))
    #expect(ids.contains("golang:1.22@linux/amd64"))
    #expect(candidates.contains { $0.image.variant == .distrolessStatic && $0.relation == .staticBase })
    #expect(candidates.contains { $0.image.variant == .chainguardStatic })
    #expect(ids.contains("cgr.dev/chainguard/go:latest@linux/amd64"))
    #expect(ids.contains("scratch:latest@linux/amd64"))
    #expect(!candidates.contains { $0.image.repository == "golang" && $0.image.tag.hasPrefix("1.27") })
    let scratch = try #require(candidates.first { $0.relation == .scratch })
    #expect(scratch.note == nil)
    #expect(scratch.contentDelta == -230_660_000)
    let staticDebian = try #require(
      candidates.first { $0.image.repository == "gcr.io/distroless/static-debian12" })
    #expect(staticDebian.contentDelta == 2_107_147 - 230_660_000)
    #expect(staticDebian.changes.contains(TraitChange(trait: .packageManager, from: "apk", to: "none")))
  }

  @Test func pythonVariantsFollowTheMinorVersion() throws {
    let candidates = try variants("python", "3.12-slim")
    let tags = Set(candidates.filter { $0.image.repository == "python" }.map(\.image.tag))
    #expect(tags.isSuperset(of: ["3.12", "3.12-bookworm", "3.12-slim-bookworm", "3.12-alpine3.23"]))
    #expect(!tags.contains { $0.hasPrefix("3.13") || $0.hasPrefix("3.11") })
    #expect(!candidates.contains { $0.image.repository.hasPrefix("gcr.io/distroless/python3") })
    #expect(candidates.contains { $0.image.repository == "cgr.dev/chainguard/python" })
    #expect(!candidates.contains { $0.relation == .staticBase })
  }

  @Test func runtimeFreeImagesOnlySwapToRuntimeFreeSiblings() throws {
    let candidates = try variants("gcr.io/distroless/static-debian12", "latest")
    let family = candidates.filter { $0.relation == .sameFamily }
    #expect(family.contains { $0.image.repository == "gcr.io/distroless/cc-debian12" })
    #expect(family.allSatisfy { $0.image.traits.runtime == nil })
  }

  @Test func applicationImagesGetNoStaticBases() throws {
    let candidates = try variants("nginx", "latest")
    #expect(candidates.contains { $0.image.tag == "stable-alpine" && $0.relation == .sameFamily })
    #expect(!candidates.contains { $0.relation == .staticBase })
    #expect(candidates.contains { $0.relation == .scratch })
  }

  @Test func everyCandidateIsOnTheSamePlatformAndListedOnce() throws {
    for image in catalog.images.filter({ $0.architecture == .amd64 }) {
      let candidates = catalog.variants(of: image)
      #expect(Set(candidates.map(\.image.id)).count == candidates.count)
      #expect(candidates.allSatisfy { $0.image.architecture == .amd64 && $0.image.id != image.id })
      #expect(image.variant == .scratch || candidates.contains { $0.relation == .scratch })
    }
  }

  @Test func arm64EntriesStillOfferScratch() throws {
    let image = try #require(catalog.image(repository: "alpine", tag: "3.24.2", architecture: .arm64))
    let candidates = catalog.variants(of: image)
    #expect(candidates.contains { $0.relation == .scratch && $0.contentDelta == nil })
  }

  @Test func runtimeVersionLines() {
    let twenty = LanguageRuntime(name: "node", version: "20")
    #expect(twenty.isCompatible(with: LanguageRuntime(name: "node", version: "20.11")))
    #expect(!twenty.isCompatible(with: LanguageRuntime(name: "node", version: "22")))
    #expect(twenty.isCompatible(with: LanguageRuntime(name: "node", version: nil)))
    #expect(!twenty.isCompatible(with: LanguageRuntime(name: "python", version: "20")))
    #expect(
      !LanguageRuntime(name: "go", version: "1.22").isCompatible(
        with: LanguageRuntime(name: "go", version: "1.27")))
  }
}
