/// What a `docker build` invocation chooses: the target, build arguments and platforms.
public struct BuildConfiguration: Hashable, Sendable {
  /// `--target`: a stage name; nil builds the last stage.
  public var target: String?
  /// `--build-arg NAME=VALUE` values; they only affect `ARG`s that are declared.
  public var buildArguments: [String: String]
  /// `--platform`: the platform of the result; nil means the build platform.
  public var targetPlatform: Platform?
  /// The platform of the machine that builds (BuildKit's worker).
  public var buildPlatform: Platform

  /// Creates a configuration; by default the last stage for the host platform, without build arguments.
  public init(
    target: String? = nil, buildArguments: [String: String] = [:], targetPlatform: Platform? = nil,
    buildPlatform: Platform = .host
  ) {
    self.target = target
    self.buildArguments = buildArguments
    self.targetPlatform = targetPlatform
    self.buildPlatform = buildPlatform
  }

  /// The platform the result is built for.
  public var effectiveTargetPlatform: Platform { targetPlatform ?? buildPlatform }
}
