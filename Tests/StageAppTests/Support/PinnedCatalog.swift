import BaseImageCatalog
import StageAnalysis

/// Base-image and package figures fixed in the tests, so golden screens do not change when the
/// bundled catalog is refreshed: the images and packages `Fixtures.goService` and its swap
/// candidates need, with round made-up sizes and the traits the verdicts read.
enum PinnedCatalog {
  /// The pinned catalog.
  static let catalog = BaseImageCatalog(images: images)

  /// A size model over the pinned catalog and package tables.
  static let model = SizeModel(
    catalog: catalog, debianPackages: DebianPackageResolver(table: debianPackages),
    alpinePackages: AlpinePackageTable(packagesTSV: alpinePackagesTSV))

  static let debianPackages = DebianPackageTable(
    packagesTSV: debianPackagesTSV, baseSetsTSV: debianBaseSetsTSV, listsTSV: aptListsTSV)

  private static let debianPackagesTSV = """
    # suite: pinned test table
    # date: 2026-01-01
    # source: test fixture
    name\tversion\tinstalled_kib\tpriority\tessential\tpre_depends\tdepends\trecommends\tprovides
    libc6\t2.36\t12000\trequired\tno\t\t\t\t
    base-files\t12\t300\trequired\tyes\t\t\t\t
    apt\t2.6\t4000\timportant\tno\t\tlibc6\t\t
    libssl3\t3.0\t6000\toptional\tno\t\tlibc6\t\t
    openssl\t3.0\t2000\toptional\tno\t\tlibc6, libssl3\t\t
    ca-certificates\t2023\t400\toptional\tno\t\topenssl\t\t

    """

  private static let debianBaseSetsTSV = """
    name\tparent\tpackages\tsource
    debian-bookworm-minbase\t\t@required apt\ttest fixture

    """

  private static let aptListsTSV = """
    name\tbytes\tdate\tmethod
    debian-bookworm\t20000000\t2026-01-01\ttest fixture

    """

  private static let alpinePackagesTSV = """
    name\tversion\talpine\tinstalled\tsource

    """

  private static func figure(_ bytes: Int64) -> SizeFigure {
    SizeFigure(bytes: bytes, tolerance: 0, basis: .stated, statedAs: "\(bytes)", date: "2026-01-01", source: "test fixture")
  }

  private static func image(
    _ repository: String, _ tag: String, bytes: Int64, family: String, variant: VariantKind, os: String,
    release: String?, libc: Libc, shell: Presence, packages: PackageManager, certificates: Presence,
    runtime: LanguageRuntime? = nil, aptBaseSet: String? = nil
  ) -> BaseImage {
    BaseImage(
      repository: repository, tag: tag, resolvedTag: tag, architecture: .amd64, contentSize: figure(bytes),
      compressedSize: figure(bytes * 4 / 10), compressedLayerBytes: [bytes * 4 / 10], family: family,
      variant: variant,
      traits: ImageTraits(
        osFamily: os, distroRelease: release, libc: libc, shell: shell, packageManager: packages,
        caCertificates: certificates, tzdata: shell, defaultUser: "root", passwd: shell, runtime: runtime,
        source: "test fixture"),
      aptBaseSet: aptBaseSet, apkBaseSet: nil, notes: [], sources: ["test fixture"])
  }

  private static let images: [BaseImage] = [
    image(
      "golang", "1.22", bytes: 800_000_000, family: "golang", variant: .full, os: "debian", release: "bookworm",
      libc: .glibc, shell: .present, packages: .apt, certificates: .present,
      runtime: LanguageRuntime(name: "go", version: "1.22"), aptBaseSet: "debian-bookworm-minbase"),
    image(
      "golang", "1.22-alpine", bytes: 250_000_000, family: "golang", variant: .alpine, os: "alpine",
      release: "alpine3.20", libc: .musl, shell: .present, packages: .apk, certificates: .present,
      runtime: LanguageRuntime(name: "go", version: "1.22")),
    image(
      "debian", "bookworm", bytes: 120_000_000, family: "debian", variant: .os, os: "debian", release: "bookworm",
      libc: .glibc, shell: .present, packages: .apt, certificates: .absent, aptBaseSet: "debian-bookworm-minbase"),
    image(
      "debian", "bookworm-slim", bytes: 75_000_000, family: "debian", variant: .os, os: "debian",
      release: "bookworm", libc: .glibc, shell: .present, packages: .apt, certificates: .absent,
      aptBaseSet: "debian-bookworm-minbase"),
    image(
      "debian", "trixie-slim", bytes: 80_000_000, family: "debian", variant: .os, os: "debian", release: "trixie",
      libc: .glibc, shell: .present, packages: .apt, certificates: .absent, aptBaseSet: "debian-bookworm-minbase"),
    image(
      "alpine", "3.20", bytes: 8_000_000, family: "alpine", variant: .os, os: "alpine", release: "alpine3.20",
      libc: .musl, shell: .present, packages: .apk, certificates: .present),
    image(
      "gcr.io/distroless/static-debian12", "latest", bytes: 2_000_000, family: "distroless",
      variant: .distrolessStatic, os: "debian", release: "debian12", libc: .none, shell: .absent, packages: .none,
      certificates: .present),
    image(
      "gcr.io/distroless/base-debian12", "latest", bytes: 20_000_000, family: "distroless",
      variant: .distrolessBase, os: "debian", release: "debian12", libc: .glibc, shell: .absent, packages: .none,
      certificates: .present),
    image(
      "busybox", "latest", bytes: 4_000_000, family: "busybox", variant: .busybox, os: "busybox", release: nil,
      libc: .musl, shell: .present, packages: .none, certificates: .absent),
    image(
      "scratch", "latest", bytes: 0, family: "scratch", variant: .scratch, os: "none", release: nil, libc: .none,
      shell: .absent, packages: .none, certificates: .absent),
  ]
}
