import DockerfileSyntax

/// A Dockerfile instruction with its arguments and flags interpreted as BuildKit does.
///
/// Every payload keeps its source `Instruction`, so an editor can replace exactly
/// the bytes of a value (`instruction.range`, flag ranges, argument ranges).
///
/// The payloads are boxed (`indirect`): inline they would make every value as wide
/// as the widest payload (about 480 bytes), and every copy (the instruction pass,
/// each stage command) would repeat that; boxed, a copy is one shared reference.
public indirect enum TypedInstruction: Sendable {
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
  public var instruction: Instruction {
    switch self {
    case .from(let typed): return typed.instruction
    case .copy(let typed): return typed.instruction
    case .add(let typed): return typed.instruction
    case .run(let typed): return typed.instruction
    case .arg(let typed): return typed.instruction
    case .env(let typed): return typed.instruction
    case .label(let typed): return typed.instruction
    case .workdir(let typed): return typed.instruction
    case .user(let typed): return typed.instruction
    case .cmd(let typed): return typed.instruction
    case .entrypoint(let typed): return typed.instruction
    case .healthcheck(let typed): return typed.instruction
    case .expose(let typed): return typed.instruction
    case .volume(let typed): return typed.instruction
    case .stopSignal(let typed): return typed.instruction
    case .shell(let typed): return typed.instruction
    case .onbuild(let typed): return typed.instruction
    case .maintainer(let typed): return typed.instruction
    case .unknown(let typed): return typed.instruction
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
