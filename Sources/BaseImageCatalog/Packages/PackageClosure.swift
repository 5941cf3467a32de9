/// The packages `apt-get install` would add, as the resolver models it.
public struct PackageClosure: Sendable, Hashable {
  /// Packages newly installed, sorted.
  public var newPackages: [String]
  /// Requested packages (or their providers) that were already installed, sorted.
  public var alreadyPresent: [String]
  /// Requested names or dependencies the table cannot resolve, sorted, with the reason.
  public var unresolved: [String]
  /// Sum of `Installed-Size` of `newPackages`, in bytes.
  public var installedSizeBytes: Int64

  /// Creates a closure.
  public init(
    newPackages: [String], alreadyPresent: [String], unresolved: [String], installedSizeBytes: Int64
  ) {
    self.newPackages = newPackages
    self.alreadyPresent = alreadyPresent
    self.unresolved = unresolved
    self.installedSizeBytes = installedSizeBytes
  }
}
