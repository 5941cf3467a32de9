import DockerfileSyntax

/// The state of typing one instruction: its words and the diagnostics found so far.
struct TypingContext {
  /// Where the instruction is kept, for the payload to point at.
  let source: InstructionSource
  let instruction: Instruction
  /// BuildKit's `nodeArgs`: the values, or an `ONBUILD` trigger's keyword and values.
  let arguments: [InstructionArgument]
  private(set) var diagnostics: [Diagnostic] = []
  /// BuildKit stops an instruction at its first error; later instruction-pass errors are dropped.
  private(set) var failed = false

  init(source: InstructionSource) {
    self.source = source
    let instruction = source.instruction
    self.instruction = instruction
    // Only `ONBUILD` carries a trigger; other instructions skip reading the parser's extras.
    if instruction.command == "onbuild", let trigger = instruction.onbuildTrigger {
      arguments = [InstructionArgument(value: trigger.keyword, range: trigger.keywordRange)] + trigger.arguments
    } else {
      arguments = instruction.arguments
    }
  }

  var values: [String] { arguments.map { $0.value } }

  /// The range to blame when no narrower one is known.
  var wholeRange: Range<Int> {
    instruction.argumentsRange ?? instruction.keywordRange
  }

  func range(ofArgument index: Int) -> Range<Int> {
    index < arguments.count ? arguments[index].range ?? wholeRange : wholeRange
  }

  /// Records an error of BuildKit's instruction pass, unless an earlier one stopped it.
  mutating func fail(_ code: InstructionDiagnosticCode, _ message: String, at range: Range<Int>? = nil) {
    guard !failed else { return }
    failed = true
    diagnostics.append(Diagnostic(severity: .error, message: message, range: range ?? wholeRange, code: code.rawValue))
  }

  /// Records a diagnostic that does not stop the instruction pass.
  mutating func note(
    _ code: InstructionDiagnosticCode, _ message: String, severity: Diagnostic.Severity, at range: Range<Int>
  ) {
    diagnostics.append(Diagnostic(severity: severity, message: message, range: range, code: code.rawValue))
  }

  /// Reads the flags against `specs`, recording BuildKit's first flag error.
  mutating func parseFlags(_ specs: [FlagSpec]) -> ParsedFlags {
    let parsed = ParsedFlags(instruction.flags, accepting: specs)
    if let error = parsed.error {
      fail(.invalidFlag, error.message, at: error.flag.range)
    }
    return parsed
  }

  /// Reads the flags of an instruction that accepts none: any flag is BuildKit's first flag error.
  mutating func rejectFlags() {
    guard !instruction.flags.isEmpty else { return }
    _ = parseFlags(InstructionFlagTable.none)
  }

  /// Fails unless there is exactly one argument.
  mutating func requireExactlyOne(_ command: String) {
    if arguments.count != 1 { fail(.invalidArguments, InstructionMessages.exactlyOneArgument(command)) }
  }

  /// Fails unless there is at least one argument.
  mutating func requireAtLeastOne(_ command: String) {
    if arguments.isEmpty { fail(.invalidArguments, InstructionMessages.atLeastOneArgument(command)) }
  }
}
