/// Picks the manifest for a platform out of an OCI index or Docker manifest list.
public enum PlatformChoice {
  /// The default platform when the caller names none.
  public static let defaultPlatform = "linux/amd64"

  /// The descriptor whose platform is `platform` (`os/arch[/variant]`); a variant is
  /// only compared when asked for. Attestation manifests (`unknown/unknown`) never match.
  static func pick(_ manifests: [OCIDescriptor], platform: String) -> OCIDescriptor? {
    let wanted = platform.split(separator: "/").map(String.init)
    guard wanted.count >= 2 else { return nil }
    return manifests.first { descriptor in
      guard let p = descriptor.platform else { return false }
      guard p.os == wanted[0], p.architecture == wanted[1] else { return false }
      return wanted.count < 3 || p.variant == wanted[2]
    }
  }
}
