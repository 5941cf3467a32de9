/// Stable codes of the diagnostics the typed layer reports.
public enum InstructionDiagnosticCode: String, Sendable, CaseIterable {
  /// An instruction name BuildKit does not know.
  case unknownInstruction = "unknown-instruction"
  /// A flag BuildKit rejects (unknown, duplicated, missing or bad value).
  case invalidFlag = "invalid-flag"
  /// Too few, too many, or blank arguments.
  case invalidArguments = "invalid-arguments"
  /// `FROM … AS <name>` with an invalid name.
  case invalidStageName = "invalid-stage-name"
  /// A heredoc where BuildKit does not accept one.
  case invalidHeredoc = "invalid-heredoc"
  /// A `--mount` BuildKit's instruction pass rejects (CSV syntax, `from=$VAR`).
  case invalidMount = "invalid-mount"
  /// A `--device` BuildKit rejects.
  case invalidDevice = "invalid-device"
  /// A `--network` or `--security` value BuildKit rejects.
  case invalidRunOption = "invalid-run-option"
  /// A bad `HEALTHCHECK` type or option.
  case invalidHealthcheck = "invalid-healthcheck"
  /// An `ONBUILD` trigger BuildKit refuses.
  case invalidTrigger = "invalid-trigger"
  /// `SHELL` not in JSON form.
  case shellNotJSON = "shell-not-json"
  /// An instruction other than `ARG` before the first `FROM`.
  case noBuildStage = "no-build-stage"
  /// A `--mount` whose literal values BuildKit rejects when it builds.
  case mountValue = "mount-value"
  /// A `--mount` that cannot be checked because its values use variables.
  case mountUnresolved = "mount-unresolved"
  /// A `FROM` image reference that is invalid (checked only without variables).
  case invalidImageReference = "invalid-image-reference"
  /// `COPY --from=$VAR`, which BuildKit refuses when it builds.
  case copyFromVariable = "copy-from-variable"

  /// Whether BuildKit's instruction pass (`instructions.Parse`) reports it, so the
  /// file is rejected before anything is built; the others fail later, or warn.
  public var isInstructionPassError: Bool {
    switch self {
    case .mountValue, .mountUnresolved, .invalidImageReference, .copyFromVariable: return false
    default: return true
    }
  }
}
