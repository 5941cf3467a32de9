/// Stable codes of the diagnostics the stage analysis reports.
public enum StageGraphDiagnosticCode: String, Sendable, CaseIterable {
  /// The file has no `FROM`.
  case noStages = "no-stages"
  /// A meta `ARG` default that the shell lexer rejects.
  case argumentExpansion = "argument-expansion"
  /// A `FROM` base the shell lexer rejects.
  case baseExpansion = "base-expansion"
  /// A `FROM` base that expands to nothing.
  case blankBase = "blank-base"
  /// A base or `--from` image that is not a valid reference.
  case invalidBaseReference = "invalid-base-reference"
  /// A `--platform` that expands to nothing or does not parse.
  case invalidPlatform = "invalid-platform"
  /// `COPY --from=$VAR`: BuildKit does not expand `--from`.
  case copyFromVariable = "copy-from-variable"
  /// `COPY --from=<index>` outside the stages.
  case invalidStageIndex = "invalid-stage-index"
  /// Stages that depend on each other through `--from`.
  case circularDependency = "circular-dependency"
  /// `COPY --from` a stage that is defined later.
  case copyFromLaterStage = "copy-from-later-stage"
  /// `RUN --mount=from=` a stage that is defined later.
  case mountFromLaterStage = "mount-from-later-stage"
  /// `--target` names no stage.
  case unknownTarget = "unknown-target"
  /// Linter `DuplicateStageName`.
  case duplicateStageName = "DuplicateStageName"
  /// Linter `ReservedStageName`.
  case reservedStageName = "ReservedStageName"
  /// Linter `StageNameCasing`.
  case stageNameCasing = "StageNameCasing"
  /// Linter `FromAsCasing`.
  case fromAsCasing = "FromAsCasing"
  /// Linter `UndefinedArgInFrom`.
  case undefinedArgInFrom = "UndefinedArgInFrom"
  /// Linter `InvalidDefaultArgInFrom`.
  case invalidDefaultArgInFrom = "InvalidDefaultArgInFrom"
  /// Linter `UndefinedVar`.
  case undefinedVar = "UndefinedVar"
}
