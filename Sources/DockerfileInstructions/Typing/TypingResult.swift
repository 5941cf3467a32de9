import DockerfileSyntax

/// A typed instruction and what BuildKit would say about it.
public struct TypingResult: Sendable {
  /// The typed view (best effort even when there are errors).
  public var typed: TypedInstruction
  /// Errors in BuildKit's order (its instruction pass reports the first), then later checks.
  public var diagnostics: [Diagnostic]

  /// The first error of BuildKit's instruction pass, if any.
  public var instructionPassError: Diagnostic? {
    diagnostics.first { diagnostic in
      diagnostic.isError
        && (diagnostic.code.flatMap(InstructionDiagnosticCode.init(rawValue:))?.isInstructionPassError ?? false)
    }
  }
}
