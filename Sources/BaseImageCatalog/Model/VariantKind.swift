/// What kind of build of its family an image is, for what-if base swaps.
public enum VariantKind: String, Sendable, Hashable, CaseIterable {
  /// A full Debian/Ubuntu-based image (official language images on buildpack-deps).
  case full
  /// A `-slim` Debian image.
  case slim
  /// An Alpine (musl) image.
  case alpine
  /// A plain distribution base (`debian`, `ubuntu`, `alpine`, `fedora`, ...).
  case os
  /// The `busybox` image.
  case busybox
  /// A Google distroless language runtime image.
  case distroless
  /// Google distroless `static`: no libc.
  case distrolessStatic = "distroless-static"
  /// Google distroless `base` or `base-nossl`: glibc, no shell.
  case distrolessBase = "distroless-base"
  /// Google distroless `cc`: `base` plus libgcc and libstdc++.
  case distrolessCC = "distroless-cc"
  /// A Chainguard runtime image (no shell, no package manager).
  case chainguard
  /// A Chainguard `-dev` image (shell and apk).
  case chainguardDev = "chainguard-dev"
  /// Chainguard `static`.
  case chainguardStatic = "chainguard-static"
  /// Wolfi's minimal base (`wolfi-base`).
  case wolfi
  /// The empty image.
  case scratch

  /// Whether the variant is one of the shell-less runtime families.
  public var isDistroless: Bool {
    switch self {
    case .distroless, .distrolessStatic, .distrolessBase, .distrolessCC, .chainguard, .chainguardStatic:
      return true
    default:
      return false
    }
  }
}
