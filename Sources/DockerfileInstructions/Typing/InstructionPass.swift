import DockerfileSyntax

/// BuildKit's `instructions.Parse` over a whole file: typed instructions grouped into stages.
public struct InstructionPass: Sendable {
  /// One build stage: its `FROM` and the commands up to the next `FROM`.
  public struct Stage: Sendable {
    /// The position among the stages (0-based), usable as `COPY --from=<index>`.
    public var index: Int
    /// The stage's `FROM`.
    public var from: FromInstruction
    /// The instructions of the stage after `FROM`.
    public var commands: [TypedInstruction]
  }

  /// Every instruction, typed, with its diagnostics.
  public let results: [TypingResult]
  /// `ARG`s before the first `FROM`.
  public let metaArgs: [ArgInstruction]
  /// The stages, in order.
  public let stages: [Stage]
  /// All diagnostics of the typed layer, in source order.
  public let diagnostics: [Diagnostic]
  /// The error BuildKit's instruction pass stops at, worded as BuildKit reports it
  /// (`dockerfile parse error on line 3: unknown flag: --frm`), or nil when it accepts the file.
  public let buildKitError: String?

  /// Runs the pass over a parsed Dockerfile.
  public init(_ dockerfile: Dockerfile) {
    self.init(instructions: dockerfile.instructions)
  }

  /// Runs the pass over instructions.
  ///
  /// The open stage's `FROM` and commands are kept in locals and appended as one `Stage`
  /// when the next `FROM` (or the end) closes it, so no stage is copied while it grows.
  public init(instructions: [Instruction]) {
    var results: [TypingResult] = []
    var metaArgs: [ArgInstruction] = []
    var stages: [Stage] = []
    var diagnostics: [Diagnostic] = []
    var firstError: String?
    var openFrom: FromInstruction?
    var openCommands: [TypedInstruction] = []
    results.reserveCapacity(instructions.count)
    for position in instructions.indices {
      let result = InstructionTyper.type(InstructionSource(instructions, position))
      results.append(result)
      if !result.diagnostics.isEmpty {
        diagnostics.append(contentsOf: result.diagnostics)
        if firstError == nil, let error = result.instructionPassError {
          firstError = "dockerfile parse error on line \(instructions[position].startLine): \(error.message)"
        }
      }
      if case .from(let from) = result.typed {
        if let open = openFrom.take() {
          stages.append(Stage(index: stages.count, from: open, commands: openCommands))
          openCommands = []
        }
        if let diagnostic = Self.imageDiagnostic(from, stages: stages) { diagnostics.append(diagnostic) }
        openFrom = from
      } else if openFrom != nil {
        openCommands.append(result.typed)
      } else if case .arg(let arg) = result.typed {
        metaArgs.append(arg)
      } else {
        let diagnostic = Diagnostic(
          severity: .error, message: InstructionMessages.noBuildStage,
          range: instructions[position].keywordRange,
          code: InstructionDiagnosticCode.noBuildStage.rawValue)
        diagnostics.append(diagnostic)
        if firstError == nil { firstError = InstructionMessages.noBuildStage }
      }
    }
    if let open = openFrom.take() {
      stages.append(Stage(index: stages.count, from: open, commands: openCommands))
    }
    self.results = results
    self.metaArgs = metaArgs
    self.stages = stages
    self.diagnostics = diagnostics
    self.buildKitError = firstError
  }

  /// An invalid image reference in `FROM`, unless the base is an earlier stage or uses variables.
  private static func imageDiagnostic(_ from: FromInstruction, stages: [Stage]) -> Diagnostic? {
    guard case .failure(let error) = from.image else { return nil }
    let base = from.baseName.lowercased()
    if stages.contains(where: { $0.from.stageName == base }) { return nil }
    return Diagnostic(
      severity: .error, message: error.message,
      range: from.baseNameRange ?? from.instruction.argumentsRange ?? from.instruction.keywordRange,
      code: InstructionDiagnosticCode.invalidImageReference.rawValue)
  }
}
