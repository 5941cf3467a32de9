import DockerfileSyntax

/// BuildKit's wording for what the stage analysis reports (`dockerfile2llb`, `linter`).
enum StageGraphMessages {
  static let noStages = "dockerfile contains no stages to build"
  static let copyFromVariable =
    "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"

  static func blankBase(_ written: String) -> String { "base name (\(written)) should not be blank" }
  static func emptyPlatform(_ written: String) -> String { "empty platform value from expression \(written)" }
  static func invalidPlatform(_ written: String, _ reason: String) -> String {
    "failed to parse platform \(written): \(reason)"
  }
  static func platformExpansion(_ expanded: String, _ reason: String) -> String {
    "failed to process arguments for platform \(expanded): \(reason)"
  }
  static func invalidReference(_ name: String, _ reason: String) -> String {
    "failed to parse stage name \(GoQuote.quote(name)): \(reason)"
  }
  static func invalidStageIndex(_ index: Int) -> String { "invalid stage index \(index)" }
  static func circularDependency(_ stage: String) -> String { "circular dependency detected on stage: \(stage)" }
  static func copyFromLaterStage(_ from: String, _ stage: String) -> String {
    "cannot copy from stage \(GoQuote.quote(from)), it needs to be defined before current stage \(GoQuote.quote(stage))"
  }
  static func mountFromLaterStage(_ from: String, _ stage: String) -> String {
    "mount from stage \(GoQuote.quote(from)) in stage \(GoQuote.quote(stage)) refers to a stage defined later; it is not built yet when this RUN runs"
  }
  static func unknownTarget(_ target: String) -> String { "target stage \(GoQuote.quote(target)) could not be found" }
  static func targetIndexNote(_ index: Int, _ name: String?) -> String {
    if let name {
      return "BuildKit selects --target by stage name; stage \(index) is named '\(name)'"
    }
    return "BuildKit selects --target by stage name; stage \(index) has no name (add `AS <name>` to its FROM)"
  }

  // MARK: - Linter rules

  static func duplicateStageName(_ name: String) -> String {
    "Duplicate stage name \(GoQuote.quote(name)), stage names should be unique"
  }
  static func reservedStageName(_ name: String) -> String {
    "Stage name should not use the same name as reserved stage \(GoQuote.quote(name))"
  }
  static func stageNameCasing(_ name: String) -> String { "Stage name '\(name)' should be lowercase" }
  static func fromAsCasing(from: String, as keyword: String) -> String {
    "'\(keyword)' and '\(from)' keywords' casing do not match"
  }
  static func undefinedArgInFrom(_ name: String) -> String { "FROM argument '\(name)' is not declared" }
  static func invalidDefaultArgInFrom(_ base: String) -> String {
    "Default value for ARG \(base) results in empty or invalid base image name"
  }
  static func undefinedVar(_ name: String) -> String { "Usage of undefined variable '$\(name)'" }
}
