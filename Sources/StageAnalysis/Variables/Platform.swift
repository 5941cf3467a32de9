import DockerfileSyntax

/// An OCI platform (`linux/arm64`, `linux/arm/v7`), normalised the way containerd does.
public struct Platform: Hashable, Sendable, CustomStringConvertible {
  /// The operating system (`linux`).
  public var os: String
  /// The architecture (`amd64`, `arm64`).
  public var architecture: String
  /// The variant (`v7`), empty when none.
  public var variant: String

  /// Creates a platform, normalising architecture aliases (`x86_64` → `amd64`).
  public init(os: String, architecture: String, variant: String = "") {
    let normalized = Self.normalize(architecture: architecture.lowercased(), variant: variant.lowercased())
    self.os = Self.normalize(os: os.lowercased())
    self.architecture = normalized.architecture
    self.variant = normalized.variant
  }

  /// The platform of the machine running stagetui, as BuildKit would report it for a local build.
  public static let host: Platform = {
    #if arch(arm64)
      return Platform(os: "linux", architecture: "arm64")
    #elseif arch(arm)
      return Platform(os: "linux", architecture: "arm", variant: "v7")
    #elseif arch(i386)
      return Platform(os: "linux", architecture: "386")
    #else
      return Platform(os: "linux", architecture: "amd64")
    #endif
  }()

  /// `os/architecture[/variant]`, containerd's `platforms.Format`.
  public var description: String {
    variant.isEmpty ? "\(os)/\(architecture)" : "\(os)/\(architecture)/\(variant)"
  }

  /// Parses `linux`, `linux/amd64`, `linux/arm/v7` or a bare architecture (`arm64`), as `platforms.Parse` does.
  public static func parse(_ text: String) -> Result<Platform, PlatformError> {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let valid = parts.allSatisfy { part in
      !part.isEmpty && part.unicodeScalars.allSatisfy(isComponentScalar)
    }
    guard valid, (1...3).contains(parts.count) else { return .failure(PlatformError(text: text)) }
    let host = Platform.host
    switch parts.count {
    case 1:
      let word = parts[0].lowercased()
      if knownOperatingSystems.contains(normalize(os: word)) {
        return .success(Platform(os: word, architecture: host.architecture, variant: host.variant))
      }
      if knownArchitectures.contains(normalize(architecture: word, variant: "").architecture) {
        return .success(Platform(os: host.os, architecture: word))
      }
      return .failure(PlatformError(text: text))
    case 2:
      return .success(Platform(os: parts[0], architecture: parts[1]))
    default:
      return .success(Platform(os: parts[0], architecture: parts[1], variant: parts[2]))
    }
  }

  private static let knownOperatingSystems: Set<String> = [
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
    "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
  ]
  private static let knownArchitectures: Set<String> = [
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
    "mips64le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
  ]

  private static func isComponentScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_" || scalar == "-" || ("0"..."9").contains(scalar))
  }

  private static func normalize(os: String) -> String {
    os == "macos" ? "darwin" : os
  }

  private static func normalize(architecture: String, variant: String) -> (architecture: String, variant: String) {
    switch architecture {
    case "i386": return ("386", "")
    case "x86_64", "x86-64", "amd64":
      return ("amd64", variant == "v1" ? "" : variant)
    case "aarch64", "arm64":
      return ("arm64", variant == "8" || variant == "v8" ? "" : variant)
    case "armhf": return ("arm", "v7")
    case "armel": return ("arm", "v6")
    case "arm":
      switch variant {
      case "", "7": return ("arm", "v7")
      case "5", "6", "8": return ("arm", "v" + variant)
      default: return ("arm", variant)
      }
    default: return (architecture, variant)
    }
  }
}

/// Why a platform string could not be parsed.
public struct PlatformError: Error, Hashable, Sendable {
  /// The text that was given.
  public var text: String

  /// containerd's wording: `"x": unknown operating system or architecture: invalid argument`.
  public var message: String {
    "\(GoQuote.quote(text)): unknown operating system or architecture: invalid argument"
  }
}
