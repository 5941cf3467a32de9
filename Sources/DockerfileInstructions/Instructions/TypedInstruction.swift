import DockerfileSyntax

/// A Dockerfile instruction with its arguments and flags interpreted as BuildKit does.
///
/// Every payload keeps its source `Instruction`, so an editor can replace exactly
/// the bytes of a value (`instruction.range`, flag ranges, argument ranges).
///
/// The payloads are immutable objects: a typed instruction is one reference wide, and
/// copying it (into the instruction pass, each stage command, a pattern match) costs a
/// retain, not a copy of every string and array of the payload.
public enum TypedInstruction: Sendable {
  case from(FromInstruction)
  case copy(CopyInstruction)
  case add(AddInstruction)
  case run(RunInstruction)
  case arg(ArgInstruction)
  case env(EnvInstruction)
  case label(LabelInstruction)
  case workdir(WorkdirInstruction)
  case user(UserInstruction)
  case cmd(CmdInstruction)
  case entrypoint(EntrypointInstruction)
  case healthcheck(HealthcheckInstruction)
  case expose(ExposeInstruction)
  case volume(VolumeInstruction)
  case stopSignal(StopSignalInstruction)
  case shell(ShellInstruction)
  case onbuild(OnbuildInstruction)
  case maintainer(MaintainerInstruction)
  /// An instruction BuildKit does not know, or one too malformed to type.
  case unknown(UnknownInstruction)

  /// The source node.
  @inlinable public var instruction: Instruction { source.instruction }

  /// Where the source node is kept.
  @usableFromInline var source: InstructionSource {
    switch self {
    case .from(let typed): return typed.source
    case .copy(let typed): return typed.source
    case .add(let typed): return typed.source
    case .run(let typed): return typed.source
    case .arg(let typed): return typed.source
    case .env(let typed): return typed.source
    case .label(let typed): return typed.source
    case .workdir(let typed): return typed.source
    case .user(let typed): return typed.source
    case .cmd(let typed): return typed.source
    case .entrypoint(let typed): return typed.source
    case .healthcheck(let typed): return typed.source
    case .expose(let typed): return typed.source
    case .volume(let typed): return typed.source
    case .stopSignal(let typed): return typed.source
    case .shell(let typed): return typed.source
    case .onbuild(let typed): return typed.source
    case .maintainer(let typed): return typed.source
    case .unknown(let typed): return typed.source
    }
  }

  /// The instruction name in capitals (`COPY`), as BuildKit names commands.
  ///
  /// A known instruction answers with a constant; only an unknown one spells its keyword anew.
  public var name: String {
    switch self {
    case .from: return "FROM"
    case .copy: return "COPY"
    case .add: return "ADD"
    case .run: return "RUN"
    case .arg: return "ARG"
    case .env: return "ENV"
    case .label: return "LABEL"
    case .workdir: return "WORKDIR"
    case .user: return "USER"
    case .cmd: return "CMD"
    case .entrypoint: return "ENTRYPOINT"
    case .healthcheck: return "HEALTHCHECK"
    case .expose: return "EXPOSE"
    case .volume: return "VOLUME"
    case .stopSignal: return "STOPSIGNAL"
    case .shell: return "SHELL"
    case .onbuild: return "ONBUILD"
    case .maintainer: return "MAINTAINER"
    case .unknown(let typed): return typed.instruction.command.uppercased()
    }
  }
}

/// Holds a typed instruction inside another (an `ONBUILD` trigger).
public final class TypedInstructionBox: Sendable {
  /// The boxed instruction.
  public let value: TypedInstruction

  /// Boxes `value`.
  public init(_ value: TypedInstruction) {
    self.value = value
  }
}
