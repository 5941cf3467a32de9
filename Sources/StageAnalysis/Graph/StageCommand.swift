import DockerfileInstructions

/// One instruction of a stage with the variables it sees.
public struct StageCommand: Sendable {
  /// The typed instruction.
  public var instruction: TypedInstruction
  /// The `ARG`/`ENV` variables in effect when the instruction runs (before its own changes).
  public var environment: StageEnvironment
}
