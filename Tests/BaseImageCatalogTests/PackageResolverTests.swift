import Testing

@testable import BaseImageCatalog

@Suite("Debian package resolution")
struct PackageResolverTests {
  /// app depends on libx | liby, pre-depends on base, recommends doc;
  /// tool depends on the virtual name `mta`, provided by smtp (optional) and mailer (important).
  static let syntheticTSV = """
    # suite: synthetic
    # date: 2026-11-26
    name\tversion\tinstalled_kib\tpriority\tessential\tpre_depends\tdepends\trecommends\tprovides
    app\t1\t100\toptional\tno\tbase\tlibx | liby\tdoc\t
    base\t1\t10\trequired\tyes\t\t\t\t
    libx\t1\t20\toptional\tno\t\tbase\t\t
    liby\t1\t40\toptional\tno\t\t\t\t
    doc\t1\t1000\toptional\tno\t\tlibz\t\t
    tool\t1\t5\toptional\tno\t\tmta, missing-lib\t\t
    smtp\t1\t300\toptional\tno\t\t\t\tmta
    mailer\t1\t200\timportant\tno\t\t\t\tmta
    """

  let synthetic = DebianPackageResolver(table: DebianPackageTable(packagesTSV: syntheticTSV))

  @Test func closureWithoutRecommendsHasExactBytes() {
    let closure = synthetic.closure(of: ["app"], installRecommends: false, alreadyInstalled: [])
    #expect(closure.newPackages == ["app", "base", "libx"])
    #expect(closure.installedSizeBytes == (100 + 10 + 20) * 1024)
    #expect(closure.unresolved.isEmpty)
  }

  @Test func recommendsAddTheirOwnDependencies() {
    let closure = synthetic.closure(of: ["app"], installRecommends: true, alreadyInstalled: [])
    #expect(closure.newPackages == ["app", "base", "doc", "libx"])
    #expect(closure.installedSizeBytes == (100 + 10 + 20 + 1000) * 1024)
    #expect(closure.unresolved == ["libz (needed by doc; not in the table)"])
  }

  @Test func installedPackagesAndAlternativesAreNotCountedTwice() {
    let closure = synthetic.closure(
      of: ["app", "base"], installRecommends: false, alreadyInstalled: ["base", "liby"])
    #expect(closure.newPackages == ["app"])
    #expect(closure.alreadyPresent == ["base"])
    #expect(closure.installedSizeBytes == 100 * 1024)
  }

  @Test func virtualNamesGoToTheBestProvider() {
    let fresh = synthetic.closure(of: ["tool"], installRecommends: false, alreadyInstalled: [])
    #expect(fresh.newPackages == ["mailer", "tool"])
    #expect(fresh.installedSizeBytes == (5 + 200) * 1024)
    #expect(fresh.unresolved == ["missing-lib (needed by tool; not in the table)"])
    let withSMTP = synthetic.closure(of: ["tool"], installRecommends: false, alreadyInstalled: ["smtp"])
    #expect(withSMTP.newPackages == ["tool"])
  }

  @Test func writtenSuffixesAndPatterns() {
    let closure = synthetic.closure(
      of: ["liby=1", "libx:amd64", "lib*", "nosuch"], installRecommends: false, alreadyInstalled: ["base"])
    #expect(closure.newPackages == ["libx", "liby"])
    #expect(closure.unresolved.count == 2)
    #expect(closure.unresolved.contains { $0.hasPrefix("lib*") && $0.contains("pattern") })
    #expect(closure.unresolved.contains { $0.hasPrefix("nosuch") })
  }

  @Test func measuredSizesReplaceTheNominalOnes() {
    let measured = """
      name\tversion\tinstalled_kib\tfile_bytes\tslim_excluded_bytes
      libx\t1\t20\t19000\t4000
      """
    let table = DebianPackageTable(packagesTSV: Self.syntheticTSV, measuredTSV: measured)
    let resolver = DebianPackageResolver(table: table)
    let full = resolver.estimateInstall(
      packages: ["libx"], installRecommends: false, alreadyInstalled: ["base"], slim: false,
      lists: .notUpdated)
    #expect(full.packageBytes == .exactly(19000))
    let slim = resolver.estimateInstall(
      packages: ["libx"], installRecommends: false, alreadyInstalled: ["base"], slim: true,
      lists: .removedInSameRun)
    #expect(slim.packageBytes == .exactly(15000))
    #expect(slim.listsBytes == .zero)
    let scaled = resolver.estimateInstall(
      packages: ["liby"], installRecommends: false, alreadyInstalled: [], slim: false, lists: .notUpdated)
    let ratio = 19000.0 / (20 * 1024)
    #expect(scaled.packageBytes.expected == Int64((40 * 1024 * ratio).rounded()))
  }

  @Test func baseSetsResolveParentsAndRequired() throws {
    let sets = """
      name\tparent\tpackages\tsource
      root\t\t@required\ttest
      child\troot\tapp\ttest
      """
    let table = DebianPackageTable(packagesTSV: Self.syntheticTSV, baseSetsTSV: sets)
    #expect(table.baseSet(named: "root") == ["base"])
    #expect(table.baseSet(named: "child") == ["base", "app", "libx"])
    #expect(table.baseSet(named: "nosuch") == nil)
  }
}
