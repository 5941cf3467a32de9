/// One package whose `.deb` was extracted and measured (Scripts/catalog/measure_apt_packages.py).
public struct PackageMeasurement: Sendable, Hashable {
  /// Package name.
  public var name: String
  /// Version measured.
  public var version: String
  /// Its `Installed-Size` in KiB.
  public var installedKiB: Int64
  /// Regular-file bytes of the extracted data (what a layer stores).
  public var fileBytes: Int64
  /// Bytes a `-slim` Debian image drops (docs, man pages, info, locales; copyright kept).
  public var slimExcludedBytes: Int64

  /// Creates a measurement.
  public init(name: String, version: String, installedKiB: Int64, fileBytes: Int64, slimExcludedBytes: Int64)
  {
    self.name = name
    self.version = version
    self.installedKiB = installedKiB
    self.fileBytes = fileBytes
    self.slimExcludedBytes = slimExcludedBytes
  }

  /// Bytes the package adds to a layer on a full or a slim image.
  public func layerBytes(slim: Bool) -> Int64 {
    slim ? fileBytes - slimExcludedBytes : fileBytes
  }
}
