import BaseImageCatalog

/// Which package manager a program belongs to.
enum PackageManagerUse {
  /// The package manager `program` drives, or nil when it is not one.
  static func manager(of program: String) -> PackageManager? {
    switch program {
    case "apt-get", "apt", "apt-cache", "dpkg", "aptitude": return .apt
    case "apk": return .apk
    case "dnf", "yum", "rpm": return .dnf
    case "microdnf": return .microdnf
    default: return nil
    }
  }

  /// Whether an image with `available` can run `required`'s commands.
  static func serves(_ required: PackageManager, with available: PackageManager) -> Bool {
    required == available || (required == .dnf && available == .dnf)
  }
}
