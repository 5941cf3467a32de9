import Testing

@testable import BaseImageCatalog

@Suite("The bundled Debian 12 package table")
struct RealPackageTableTests {
  let table = DebianPackageTable.bundled
  var resolver: DebianPackageResolver { DebianPackageResolver(table: table) }

  @Test func tableDescribesBookworm() throws {
    #expect(table.suite.contains("bookworm"))
    #expect(table.packages.count > 600)
    #expect(table.measurements.count > 40)
    let gcc = try #require(table.package(named: "gcc-12"))
    #expect(gcc.installedKiB > 10_000)
    #expect(table.lists?.bytes == 19_859_939)
  }

  @Test func minbaseHoldsRequiredAndApt() throws {
    let minbase = try #require(table.baseSet(named: "debian-bookworm-minbase"))
    #expect(minbase.isSuperset(of: ["apt", "dash", "base-passwd", "tzdata", "libc6", "bash", "coreutils"]))
    #expect(!minbase.contains("ca-certificates"))
    #expect(!minbase.contains("curl"))
    let buildpack = try #require(table.baseSet(named: "buildpack-deps-bookworm"))
    #expect(buildpack.isSuperset(of: minbase))
    #expect(buildpack.isSuperset(of: ["gcc", "git", "curl", "ca-certificates", "libpq-dev"]))
  }

  @Test func minbaseAgreesWithThePublishedDebianImageSize() throws {
    let minbase = try #require(table.baseSet(named: "debian-bookworm-minbase"))
    let nominal = minbase.reduce(Int64(0)) { $0 + (table.package(named: $1)?.installedBytes ?? 0) }
    let expected = Double(nominal) * table.sizeRatio(slim: false).expected
    let image = try #require(BaseImageCatalog.bundled.image(repository: "debian", tag: "bookworm"))
    let stated = Double(try #require(image.contentSize?.bytes))
    #expect(abs(expected - stated) / stated < 0.06, "minbase \(expected) bytes vs debian:bookworm \(stated)")
    #expect(!minbase.contains("usrmerge"))
    #expect(!minbase.contains("perl"))
  }

  @Test func gccClosureIsLargerThanLibc6Dev() throws {
    let minbase = try #require(table.baseSet(named: "debian-bookworm-minbase"))
    let gcc = resolver.closure(of: ["gcc"], installRecommends: false, alreadyInstalled: minbase)
    let libc = resolver.closure(of: ["libc6-dev"], installRecommends: false, alreadyInstalled: minbase)
    #expect(gcc.unresolved.isEmpty)
    #expect(gcc.installedSizeBytes > libc.installedSizeBytes)
    #expect(Set(gcc.newPackages).isSuperset(of: ["gcc-12", "cpp-12", "binutils"]))
  }

  @Test func recommendsChangeTheClosure() throws {
    let minbase = try #require(table.baseSet(named: "debian-bookworm-minbase"))
    let lean = resolver.closure(of: ["git"], installRecommends: false, alreadyInstalled: minbase)
    let full = resolver.closure(of: ["git"], installRecommends: true, alreadyInstalled: minbase)
    #expect(full.installedSizeBytes > lean.installedSizeBytes)
    #expect(Set(full.newPackages).isStrictSuperset(of: lean.newPackages))
    #expect(full.newPackages.contains("openssh-client"))
    #expect(!lean.newPackages.contains("openssh-client"))
  }

  @Test func estimateOnDebianSlimCountsListsWhenKept() throws {
    let image = try #require(BaseImageCatalog.bundled.image(repository: "debian", tag: "bookworm-slim"))
    let kept = resolver.estimateInstall(
      packages: ["curl"], installRecommends: false, on: image, lists: .keptInLayer)
    let removed = resolver.estimateInstall(
      packages: ["curl"], installRecommends: false, on: image, lists: .removedInSameRun)
    #expect(kept.listsBytes == .exactly(19_859_939))
    #expect(removed.listsBytes == .zero)
    #expect(kept.packageBytes == removed.packageBytes)
    #expect(kept.total.expected - removed.total.expected == 19_859_939)
    #expect(removed.confidence == .high)
    #expect(removed.packageBytes.low <= removed.packageBytes.expected)
    #expect(removed.packageBytes.expected <= removed.packageBytes.high)
    #expect(removed.closure.newPackages.contains("libcurl4"))
    #expect(!removed.closure.newPackages.contains("libc6"))
  }

  @Test func buildpackDepsImagesAlreadyHaveTheToolchain() throws {
    let image = try #require(BaseImageCatalog.bundled.image(repository: "golang", tag: "1.22"))
    let estimate = resolver.estimateInstall(
      packages: ["gcc", "git", "make"], installRecommends: true, on: image, lists: .notUpdated)
    #expect(estimate.closure.newPackages.isEmpty)
    #expect(estimate.closure.alreadyPresent == ["gcc", "git", "make"])
    #expect(estimate.total == .zero)
  }

  @Test func mismatchedImagesLowerTheConfidence() throws {
    let alpine = try #require(BaseImageCatalog.bundled.image(repository: "alpine", tag: "3.24.2"))
    let onAlpine = resolver.estimateInstall(
      packages: ["curl"], installRecommends: false, on: alpine, lists: .notUpdated)
    #expect(onAlpine.confidence == .low)
    #expect(onAlpine.notes.contains { $0.contains("not apt") })
    let trixie = try #require(BaseImageCatalog.bundled.image(repository: "debian", tag: "trixie-slim"))
    let onTrixie = resolver.estimateInstall(
      packages: ["curl"], installRecommends: false, on: trixie, lists: .notUpdated)
    #expect(onTrixie.confidence == .low)
    let nodeSlim = try #require(BaseImageCatalog.bundled.image(repository: "node", tag: "20-bookworm-slim"))
    let onNode = resolver.estimateInstall(
      packages: ["curl"], installRecommends: false, on: nodeSlim, lists: .notUpdated)
    #expect(onNode.confidence == .medium)
  }
}
