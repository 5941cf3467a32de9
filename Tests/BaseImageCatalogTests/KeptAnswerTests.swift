import Testing

@testable import BaseImageCatalog

/// Answers kept between calls (install estimates, lookups by written architecture) are the
/// answers a fresh computation gives, and are kept apart by everything they depend on.
@Suite("Kept answers match fresh ones")
struct KeptAnswerTests {
  @Test func aRepeatedInstallEstimateIsTheSameAndSlimAndListsAreKeptApart() throws {
    let table = DebianPackageTable(
      packagesTSV: "# suite: test\nname\tversion\tinstalled_kib\tpriority\tdepends\n"
        + "hello\t1\t100\toptional\tlibx\nlibx\t1\t50\toptional\t\n")
    let resolver = DebianPackageResolver(table: table)
    func estimate(slim: Bool, lists: AptListsState) -> AptInstallEstimate {
      resolver.estimateInstall(
        packages: ["hello"], installRecommends: true, alreadyInstalled: [], baseSetName: "empty", slim: slim,
        lists: lists)
    }
    let first = estimate(slim: false, lists: .notUpdated)
    #expect(estimate(slim: false, lists: .notUpdated) == first)
    #expect(first.closure.newPackages == ["hello", "libx"])
    #expect(first.notes.first?.contains("slim image") == false)
    #expect(estimate(slim: true, lists: .notUpdated).notes.first?.contains("slim image") == true)
    #expect(estimate(slim: false, lists: .removedInSameRun).notes.contains { $0.contains("apt lists removed") })
    #expect(!first.notes.contains { $0.contains("apt lists removed") })
  }

  @Test func aSlimTagCountsTheSlimBand() throws {
    let resolver = DebianPackageResolver()
    let slim = try #require(BaseImageCatalog.bundled.image(repository: "debian", tag: "bookworm-slim"))
    let full = try #require(BaseImageCatalog.bundled.image(repository: "debian", tag: "bookworm"))
    let onSlim = resolver.estimateInstall(packages: ["curl"], installRecommends: false, on: slim, lists: .notUpdated)
    let onFull = resolver.estimateInstall(packages: ["curl"], installRecommends: false, on: full, lists: .notUpdated)
    #expect(onSlim.notes.first?.contains("for a slim image") == true)
    #expect(onFull.notes.first?.contains("for a slim image") == false)
  }

  @Test func aLookupByWrittenArchitectureNormalisesIt() {
    let catalog = BaseImageCatalog.bundled
    for written in ["amd64", "x86_64", "aarch64", "linux/arm64", " ARM64 ", "riscv64"] {
      for reference in ["debian:bookworm-slim", "python:3.12-slim", "alpine", "nosuch/image:1"] {
        let expected = catalog.lookup(reference, architecture: Architecture(normalizing: written))
        #expect(catalog.lookup(reference, writtenArchitecture: written) == expected)
        #expect(catalog.lookup(reference, writtenArchitecture: written) == expected)
      }
    }
  }
}
