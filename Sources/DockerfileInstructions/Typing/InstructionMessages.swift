import DockerfileSyntax

/// BuildKit's wording for the errors of its instruction pass (`instructions/parse.go`).
enum InstructionMessages {
  static func atLeastOneArgument(_ command: String) -> String { "\(command) requires at least one argument" }
  static func exactlyOneArgument(_ command: String) -> String { "\(command) requires exactly one argument" }
  static func noDestination(_ command: String) -> String {
    "\(command) requires at least two arguments, but only one was provided. Destination could not be determined"
  }
  static func blankNames(_ command: String) -> String { "\(command) names can not be blank" }
  static func tooManyArguments(_ command: String) -> String { "Bad input to \(command), too many arguments" }
  static func notJSON(_ command: String) -> String { "\(command) requires the arguments to be in JSON form" }
  static func badHeredoc(_ command: String, _ option: String) -> String {
    "\(command) cannot accept a heredoc as \(option)"
  }
  static let fromArguments = "FROM requires either one or three arguments"
  static func invalidStageName(_ name: String) -> String {
    "invalid name for build stage: \(GoQuote.quote(name)), name can't start with a number or contain symbols"
  }
  static let onbuildChaining = "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
  static func onbuildTrigger(_ trigger: String) -> String { "\(trigger) isn't allowed as an ONBUILD trigger" }
  static let healthcheckNoneArguments = "HEALTHCHECK NONE takes no arguments"
  static let healthcheckMissingCommand = "Missing command after HEALTHCHECK CMD"
  static func healthcheckType(_ type: String) -> String {
    "Unknown type \(GoQuote.quote(type)) in HEALTHCHECK (try CMD)"
  }
  static func intervalTooShort(_ name: String) -> String {
    "Interval \(GoQuote.quote(name)) cannot be less than 1ms"
  }
  static func negativeRetries(_ value: Int32) -> String { "--retries cannot be negative (\(value))" }
  static let emptyVolume = "VOLUME specified can not be an empty string"
  static func invalidNetwork(_ value: String) -> String { "invalid network mode \(GoQuote.quote(value))" }
  static func invalidSecurity(_ value: String) -> String { "security \(GoQuote.quote(value)) is not valid" }
  static func unknownInstruction(_ keyword: String) -> String { "unknown instruction: \(keyword)" }
  static let noBuildStage = "no build stage in current context"
  static let copyFromVariable =
    "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"

  /// Instruction names BuildKit suggests from.
  static let instructionNames = [
    "add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from", "healthcheck", "label", "maintainer",
    "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir",
  ]
}
