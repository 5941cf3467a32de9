/// The package manager an image ships, which decides what `RUN` lines can install.
public enum PackageManager: String, Sendable, Hashable, CaseIterable {
  case apt
  case apk
  case dnf
  case microdnf
  case none
  case unknown
}
