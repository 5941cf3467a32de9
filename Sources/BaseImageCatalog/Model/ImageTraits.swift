/// What an image contains that decides whether a Dockerfile still works on it.
public struct ImageTraits: Sendable, Hashable {
  /// Distribution family: `debian`, `ubuntu`, `alpine`, `wolfi`, `busybox`, `none`, ...
  public var osFamily: String
  /// Distribution release when known: `bookworm`, `trixie`, `alpine3.20`, `debian12`, ...
  public var distroRelease: String?
  /// The C library.
  public var libc: Libc
  /// Whether `/bin/sh` exists (shell-form `RUN` and `CMD` need it).
  public var shell: Presence
  /// The package manager.
  public var packageManager: PackageManager
  /// Whether a CA certificate bundle is installed.
  public var caCertificates: Presence
  /// Whether time-zone data is installed.
  public var tzdata: Presence
  /// The default user (`root`, `65532`, ...); nil when unknown.
  public var defaultUser: String?
  /// Whether `/etc/passwd` exists.
  public var passwd: Presence
  /// The language runtime the image provides, if any.
  public var runtime: LanguageRuntime?
  /// Where the traits were read from.
  public var source: String

  /// Creates a trait set.
  public init(
    osFamily: String, distroRelease: String?, libc: Libc, shell: Presence,
    packageManager: PackageManager, caCertificates: Presence, tzdata: Presence,
    defaultUser: String?, passwd: Presence, runtime: LanguageRuntime?, source: String
  ) {
    self.osFamily = osFamily
    self.distroRelease = distroRelease
    self.libc = libc
    self.shell = shell
    self.packageManager = packageManager
    self.caCertificates = caCertificates
    self.tzdata = tzdata
    self.defaultUser = defaultUser
    self.passwd = passwd
    self.runtime = runtime
    self.source = source
  }
}
