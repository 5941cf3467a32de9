import DockerfileInstructions

/// One build stage as BuildKit resolves it: its name, base, platform and instructions.
public struct GraphStage: Sendable {
  /// The position among the stages (0-based), usable as `COPY --from=<index>`.
  public var index: Int
  /// The name after `AS`, lowercased as BuildKit stores and looks it up.
  public var name: String?
  /// The name as written.
  public var writtenName: String?
  /// The stage's `FROM`.
  public var from: FromInstruction
  /// The base, as written and resolved.
  public var base: StageBase
  /// `FROM --platform=…`, when written.
  public var platform: StagePlatform?
  /// The platform the stage is built for: its own `--platform`, its base stage's, or the target platform.
  public var effectivePlatform: Platform
  /// The instructions after `FROM`, each with its environment.
  public var commands: [StageCommand]
  /// The variables at the end of the stage (what a stage built `FROM` this one inherits).
  public var finalEnvironment: StageEnvironment
  /// Whether BuildKit builds this stage for the chosen target.
  public var isReachable: Bool
  /// Whether this is the target stage.
  public var isTarget: Bool

  /// The name BuildKit uses in its messages: the stage name, or `stage-<index>`.
  public var displayName: String { name ?? "stage-\(index)" }

  /// The 1-based line of the stage's `FROM`.
  public var line: Int { from.instruction.startLine }
}
