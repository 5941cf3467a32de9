/// A platform as BuildKit's automatic `BUILD*` and `TARGET*` arguments describe it.
public struct BuildPlatform: Hashable, Sendable {
  /// `linux`, `windows`.
  public var os: String
  /// `amd64`, `arm64`, `arm`.
  public var architecture: String
  /// `v7`, `v8`; empty when none.
  public var variant: String

  /// Creates a platform.
  public init(os: String, architecture: String, variant: String = "") {
    self.os = os
    self.architecture = architecture
    self.variant = variant
  }

  /// `linux/amd64`, the default of most builders.
  public static let linuxAMD64 = BuildPlatform(os: "linux", architecture: "amd64")

  /// `os/arch[/variant]`.
  public var specifier: String {
    variant.isEmpty ? "\(os)/\(architecture)" : "\(os)/\(architecture)/\(variant)"
  }
}

/// What a build is invoked with: `--build-arg`s, platforms and `--target`.
public struct BuildOptions: Hashable, Sendable {
  /// `--build-arg NAME=value`.
  public var buildArguments: [String: String]
  /// The platform built for (`--platform`).
  public var targetPlatform: BuildPlatform
  /// The platform of the builder.
  public var buildPlatform: BuildPlatform
  /// `--target`, if any.
  public var target: String?

  /// Creates build options; by default a `linux/amd64` build of the last stage with no build args.
  public init(
    buildArguments: [String: String] = [:], targetPlatform: BuildPlatform = .linuxAMD64,
    buildPlatform: BuildPlatform = .linuxAMD64, target: String? = nil
  ) {
    self.buildArguments = buildArguments
    self.targetPlatform = targetPlatform
    self.buildPlatform = buildPlatform
    self.target = target
  }
}
