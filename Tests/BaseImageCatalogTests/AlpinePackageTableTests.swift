import Testing

@testable import BaseImageCatalog

@Suite("Alpine installed sizes")
struct AlpinePackageTableTests {
  @Test func apkSizesParseWithTheirRounding() throws {
    let gcc = try #require(AlpinePackageTable.bundled.packages["gcc"])
    #expect(gcc.size.bytes == 159 * 1024 * 1024)
    #expect(gcc.size.tolerance == 512 * 1024)
    let plain = try #require(AlpinePackage.parseSize("6552 B"))
    #expect(plain.bytes == 6552)
    #expect(plain.tolerance == 0)
    let kibibytes = try #require(AlpinePackage.parseSize("18 KiB"))
    #expect(kibibytes.bytes == 18_432)
    #expect(kibibytes.tolerance == 512)
    #expect(AlpinePackage.parseSize("18 kB") == nil)
  }

  @Test func estimateCountsNamedPackagesOnlyAndSaysSo() throws {
    let image = try #require(BaseImageCatalog.bundled.image(repository: "golang", tag: "1.27-alpine"))
    #expect(image.apkBaseSet == "alpine-3.24-base")
    let estimate = AlpinePackageTable.bundled.estimateAdd(
      packages: ["gcc", "musl-dev", "ca-certificates-bundle", "git"], on: image)
    #expect(estimate.packages == ["gcc", "musl-dev"])
    #expect(estimate.alreadyPresent == ["ca-certificates-bundle"])
    #expect(estimate.unresolved == ["git"])
    #expect(estimate.packageBytes.expected == 159 * 1024 * 1024 + 9670 * 1024)
    #expect(estimate.packageBytes.high - estimate.packageBytes.expected == 512 * 1024 + 512)
    #expect(estimate.confidence == .low)
    #expect(estimate.notes.contains { $0.contains("lower bound") })
  }
}
