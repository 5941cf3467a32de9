import DockerfileInstructions
import DockerfileSyntax

extension StageGraphBuilder {
  /// The `FROM` edge: from an earlier stage, an image or `scratch`.
  mutating func addBaseEdge(_ index: Int) {
    let source: StageEdge.Endpoint
    switch stages[index].base.kind {
    case .stage(let stage): source = .stage(stage)
    case .image: source = .image(stages[index].base.expanded ?? stages[index].base.written)
    case .scratch: source = .image("scratch")
    case .unresolved: return
    }
    edges.append(
      StageEdge(
        kind: .base, source: source, target: index, reference: nil, paths: [], destination: nil,
        instructionRange: stages[index].from.instruction.range, line: stages[index].from.instruction.startLine))
  }

  /// Walks a stage's instructions in order, tracking `ARG`/`ENV` and collecting `--from` edges.
  mutating func walkCommands(_ index: Int) {
    var environment: StageEnvironment
    if let base = stages[index].base.stageIndex {
      environment = stages[base].finalEnvironment
    } else if case .scratch = stages[index].base.kind {
      environment = StageEnvironment(isComplete: true)
    } else {
      environment = StageEnvironment(isComplete: false)
    }
    let typedCommands = pass.stages[index].commands
    var commands: [StageCommand] = []
    commands.reserveCapacity(typedCommands.count)
    for typed in typedCommands {
      commands.append(StageCommand(instruction: typed, environment: environment))
      switch typed {
      case .arg(let arg): declare(arg, stage: index, in: &environment)
      case .env(let env): assign(env, stage: index, in: &environment)
      case .copy(let copy):
        if environment.isComplete {
          checkUndefined(copy.sources.compactMap(\.pathText) + [copy.destination], typed.instruction, environment)
        }
        if let from = copy.from { addCopyEdge(copy, from: from, into: index, viaOnbuild: false, range: nil) }
      case .add(let add) where environment.isComplete:
        checkUndefined(add.sources.compactMap(\.pathText) + [add.destination], typed.instruction, environment)
      case .workdir(let workdir) where environment.isComplete:
        checkUndefined([workdir.path], typed.instruction, environment)
      case .user(let user) where environment.isComplete: checkUndefined([user.user], typed.instruction, environment)
      case .run(let run) where !run.mounts.isEmpty:
        addMountEdges(run.mounts, of: run.instruction.range, into: index, viaOnbuild: false, range: nil)
      default: break
      }
    }
    stages[index].commands = commands
    stages[index].finalEnvironment = environment
  }

  /// Edges from the base stage's `ONBUILD COPY --from` / `ONBUILD RUN --mount=from=` triggers.
  mutating func addOnbuildEdges(_ index: Int) {
    guard let base = stages[index].base.stageIndex else { return }
    for typed in pass.stages[base].commands {
      guard case .onbuild(let onbuild) = typed, let trigger = onbuild.trigger?.value else { continue }
      let range = onbuild.instruction.range
      switch trigger {
      case .copy(let copy):
        if let from = copy.from { addCopyEdge(copy, from: from, into: index, viaOnbuild: true, range: range) }
      case .run(let run) where !run.mounts.isEmpty:
        addMountEdges(run.mounts, of: run.instruction.range, into: index, viaOnbuild: true, range: range)
      default: break
      }
    }
  }

  // MARK: - ARG and ENV

  /// BuildKit's `dispatchArg`: a `--build-arg` wins, then the default, then the meta `ARG` value.
  private mutating func declare(_ arg: ArgInstruction, stage: Int, in environment: inout StageEnvironment) {
    for declaration in arg.declarations {
      let name = declaration.name
      let range = declaration.range ?? arg.instruction.range
      environment.declare(name)
      if !configuration.buildArguments.isEmpty, let value = configuration.buildArguments[name] {
        environment.bind(VariableBinding(name: name, value: value, origin: .buildArgument, declaration: range))
      } else if let written = declaration.defaultValue {
        switch expand(written, in: environment.variables) {
        case .success(let result):
          environment.bind(VariableBinding(name: name, value: result.value, origin: .argument, declaration: range))
        case .failure(let error):
          stageScoped.append(
            StageScoped(
              stage: stage,
              diagnostic: Diagnostic(
                severity: .error, message: error.message, range: range,
                code: StageGraphDiagnosticCode.argumentExpansion.rawValue)))
        }
      } else if let global = globals.binding(named: name) {
        environment.bind(
          VariableBinding(name: name, value: global.value, origin: global.origin, declaration: range))
      }
    }
  }

  /// `ENV`: every pair is expanded against the variables before the instruction, then set.
  private mutating func assign(_ env: EnvInstruction, stage: Int, in environment: inout StageEnvironment) {
    let before = environment
    if before.isComplete { checkUndefined(env.pairs.map(\.value), env.instruction, before) }
    for pair in env.pairs {
      let key = (try? expand(pair.key, in: before.variables).get().value) ?? pair.key
      switch expand(pair.value, in: before.variables).map({ $0.value }) {
      case .success(let value):
        environment.bind(
          VariableBinding(
            name: key, value: value, origin: .environment, declaration: pair.keyRange ?? env.instruction.range))
      case .failure(let error):
        stageScoped.append(
          StageScoped(
            stage: stage,
            diagnostic: Diagnostic(
              severity: .error, message: error.message, range: pair.valueRange ?? env.instruction.range,
              code: StageGraphDiagnosticCode.argumentExpansion.rawValue)))
      }
    }
  }

  /// `UndefinedVar`, only where every variable of the stage is known (a stage rooted in `scratch`);
  /// callers skip building `words` when the environment is incomplete.
  private mutating func checkUndefined(_ words: [String], _ instruction: Instruction, _ environment: StageEnvironment) {
    guard environment.isComplete else { return }
    var reported: Set<String> = []
    for word in words where word.utf8.contains(UInt8(ascii: "$")) {
      guard case .success(let result) = expander.expandValue(word, in: environment.variables) else { continue }
      for name in result.unset
      where !environment.declaredArguments.contains(name) && name != "PATH" && reported.insert(name).inserted {
        let message = NameSuggestion.wrap(
          StageGraphMessages.undefinedVar(name), value: name, options: environment.variables.names, prefix: "$")
        report(.warning, message, at: instruction.keywordRange, .undefinedVar)
      }
    }
  }

  // MARK: - --from

  /// BuildKit's `toCommand` for `COPY --from`: no variables, an index, a stage name, or else an image.
  private mutating func addCopyEdge(
    _ copy: CopyInstruction, from: FlagValue<String>, into index: Int, viaOnbuild: Bool, range: Range<Int>?
  ) {
    let value = from.value
    guard !value.isEmpty else { return }
    let flagRange = range ?? from.valueRange ?? from.flag.range
    switch expand(value, in: ExpansionEnvironment()).map({ $0.value }) {
    case .failure(let error):
      report(.error, error.message, at: flagRange, .copyFromVariable)
      return
    case .success(let literal) where literal != value:
      report(.error, StageGraphMessages.copyFromVariable, at: flagRange, .copyFromVariable)
      return
    case .success: break
    }
    let source: StageEdge.Endpoint
    if let number = Self.goAtoi(value) {
      guard number >= 0 && number < stages.count else {
        report(.error, StageGraphMessages.invalidStageIndex(number), at: flagRange, .invalidStageIndex)
        return
      }
      source = .stage(number)
    } else if let stage = stagesByName[value.lowercased()] {
      source = .stage(stage)
    } else {
      source = externalSource(value, at: flagRange)
    }
    let instructionRange = range ?? copy.instruction.range
    let line = dockerfile.source.line(of: instructionRange.lowerBound)
    edges.append(
      StageEdge(
        kind: .copy, source: source, target: index, reference: value, paths: copy.sources.map { $0.name },
        destination: copy.destination, instructionRange: instructionRange, line: line, viaOnbuild: viaOnbuild))
  }

  /// `RUN --mount=…,from=`: a stage by name (never by index), or else an image.
  private mutating func addMountEdges(
    _ mounts: [MountFlag], of runRange: Range<Int>, into index: Int, viaOnbuild: Bool, range: Range<Int>?
  ) {
    for flag in mounts {
      guard case .success(let mount) = flag.mount, let from = mount.from, !from.isEmpty else { continue }
      let source: StageEdge.Endpoint
      if let stage = stagesByName[from.lowercased()] {
        source = .stage(stage)
      } else {
        source = externalSource(from, at: range ?? flag.flag.range)
      }
      let instructionRange = range ?? runRange
      edges.append(
        StageEdge(
          kind: .mount, source: source, target: index, reference: from, paths: [mount.source ?? "/"],
          destination: mount.target, instructionRange: instructionRange,
          line: dockerfile.source.line(of: instructionRange.lowerBound), viaOnbuild: viaOnbuild))
      }
  }

  /// An image named by `--from`; BuildKit fails the build when it is not a valid reference.
  private mutating func externalSource(_ name: String, at range: Range<Int>) -> StageEdge.Endpoint {
    if name != "scratch", case .failure(let error) = ImageReference.parse(name) {
      report(.error, StageGraphMessages.invalidReference(name, error.message), at: range, .invalidBaseReference)
    }
    return .image(name)
  }

  /// Go's `strconv.Atoi`: optional sign and decimal digits, nil otherwise (or out of range).
  static func goAtoi(_ text: String) -> Int? {
    var digits = Substring(text)
    if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
  }
}

extension CopySource {
  /// The path as written, nil for heredoc files.
  fileprivate var pathText: String? {
    if case .path(let path, _) = self { return path }
    return nil
  }
}
