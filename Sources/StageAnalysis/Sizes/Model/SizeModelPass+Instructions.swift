import DockerfileInstructions

extension SizeModelPass {
  /// What one instruction adds, as the model sees it, and whether BuildKit makes it an empty layer.
  mutating func layer(for command: StageCommand, in state: inout StageState) -> (
    figure: ByteFigure, isEmptyLayer: Bool
  ) {
    state.wholeLayerWrites = []
    switch command.instruction {
    case .copy(let copy):
      if let from = copy.from?.value {
        return (copyFromStage(copy, from: from, command: command, in: &state), false)
      }
      return (copyFromContext(copy.sources, destination: copy.destination, excludes: copy.excludes.map(\.value),
        parents: copy.parents?.value ?? false, isAdd: false, command: command, in: &state), false)
    case .add(let add):
      return (copyFromContext(add.sources, destination: add.destination, excludes: add.excludes.map(\.value),
        parents: false, isAdd: true, command: command, in: &state), false)
    case .run(let run):
      return (runFigure(run, command: command, in: &state), false)
    case .workdir(let workdir):
      let path = expanded(workdir.path, command) ?? workdir.path
      state.workdir = ImagePath.resolve(path, in: state.workdir)
      if state.workdir == "/" {
        return (ruleZero(basis: Self.rootWorkdirBasis), true)
      }
      state.files.write(state.workdir, StageFiles.Entry(figure: ruleZero(basis: Self.directoryBasis), isDirectory: true))
      return (ruleZero("WORKDIR \(state.workdir): BuildKit makes a layer holding the directory, 0 content bytes"), false)
    case .onbuild:
      return (ruleZero(basis: Self.onbuildBasis), true)
    case .unknown(let unknown):
      return (.unknown(kind: kind, basis: "unknown: \(unknown.instruction.keyword) is not an instruction BuildKit knows"), true)
    case .from:
      return (ruleZero(basis: Self.innerFromBasis), true)
    case .arg: return (ruleZero(basis: Self.configurationBases.arg), true)
    case .env: return (ruleZero(basis: Self.configurationBases.env), true)
    case .label: return (ruleZero(basis: Self.configurationBases.label), true)
    case .user: return (ruleZero(basis: Self.configurationBases.user), true)
    case .cmd: return (ruleZero(basis: Self.configurationBases.cmd), true)
    case .entrypoint: return (ruleZero(basis: Self.configurationBases.entrypoint), true)
    case .healthcheck: return (ruleZero(basis: Self.configurationBases.healthcheck), true)
    case .expose: return (ruleZero(basis: Self.configurationBases.expose), true)
    case .volume: return (ruleZero(basis: Self.configurationBases.volume), true)
    case .stopSignal: return (ruleZero(basis: Self.configurationBases.stopSignal), true)
    case .shell: return (ruleZero(basis: Self.configurationBases.shell), true)
    case .maintainer: return (ruleZero(basis: Self.configurationBases.maintainer), true)
    }
  }

  /// A zero that holds by BuildKit's construction.
  func ruleZero(_ reason: String) -> ByteFigure {
    ruleZero(basis: "rule: " + reason)
  }

  /// A zero by rule whose whole basis (`rule: …`) is at hand.
  private func ruleZero(basis: String) -> ByteFigure {
    .estimate(low: 0, point: 0, high: 0, kind: kind, basis: basis)
  }

  /// The basis of the zero of an instruction that changes only the image configuration.
  private static func configurationBasis(_ name: String) -> String {
    "rule: \(name) changes only the image configuration: an empty layer in the history"
  }

  /// The configuration bases of the known instructions, spelt once rather than per instruction.
  private static let configurationBases = (
    arg: configurationBasis("ARG"), env: configurationBasis("ENV"), label: configurationBasis("LABEL"),
    user: configurationBasis("USER"), cmd: configurationBasis("CMD"), entrypoint: configurationBasis("ENTRYPOINT"),
    healthcheck: configurationBasis("HEALTHCHECK"), expose: configurationBasis("EXPOSE"),
    volume: configurationBasis("VOLUME"), stopSignal: configurationBasis("STOPSIGNAL"),
    shell: configurationBasis("SHELL"), maintainer: configurationBasis("MAINTAINER")
  )

  private static let rootWorkdirBasis = "rule: WORKDIR / makes no layer (BuildKit records an empty history entry)"
  private static let directoryBasis = "rule: directory"
  private static let onbuildBasis =
    "rule: ONBUILD only stores a trigger in the image configuration; no history entry"
  private static let innerFromBasis = "rule: FROM inside a stage"

  /// Expands a word with the instruction's variables; nil when expansion fails.
  func expanded(_ word: String, _ command: StageCommand) -> String? {
    // A word without `$`, quotes or the escape character expands to itself (most paths).
    if expander.escapeToken.isASCII {
      let escape = UInt8(expander.escapeToken.value)
      let plain = !word.utf8.contains { byte in
        byte == UInt8(ascii: "$") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == escape
      }
      if plain { return word }
    }
    return try? expander.processWord(word, in: command.environment.variables).get()
  }
}
