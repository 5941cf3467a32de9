import DockerfileInstructions
import DockerfileSyntax

/// Builds a `StageGraph` in BuildKit's order: meta `ARG`s, `FROM` lines, commands and
/// their `--from` sources, circular dependencies, the target, and what it needs.
struct StageGraphBuilder {
  struct Result {
    var stages: [GraphStage]
    var edges: [StageEdge]
    var targetIndex: Int?
    var globalArguments: GlobalArguments
    var diagnostics: [Diagnostic]
  }

  /// A diagnostic that only makes the build fail when its stage is built.
  struct StageScoped {
    var stage: Int
    var diagnostic: Diagnostic
  }

  let dockerfile: Dockerfile
  let pass: InstructionPass
  let configuration: BuildConfiguration
  let expander: ShellWordExpander
  let globals: GlobalArguments
  /// The platform of a stage without `--platform` whose base is not a stage, worked out once.
  let targetPlatform: Platform
  var diagnostics: [Diagnostic] = []
  var stageScoped: [StageScoped] = []
  var stages: [GraphStage] = []
  var edges: [StageEdge] = []
  /// Lowercased stage names to the last stage with that name (what `--from` and `--target` find).
  var stagesByName: [String: Int] = [:]
  /// Stages whose name an earlier stage already has, in order (`DuplicateStageName`).
  var duplicateNamedStages: [Int] = []

  init(dockerfile: Dockerfile, pass: InstructionPass, configuration: BuildConfiguration) {
    self.dockerfile = dockerfile
    self.pass = pass
    self.configuration = configuration
    expander = ShellWordExpander(escapeByte: dockerfile.escapeToken)
    globals = GlobalArguments(metaArguments: pass.metaArgs, configuration: configuration, expander: expander)
    targetPlatform = configuration.effectiveTargetPlatform
  }

  mutating func build() -> Result {
    diagnostics.reserveCapacity(
      dockerfile.diagnostics.count + pass.diagnostics.count + globals.diagnostics.count)
    diagnostics.append(contentsOf: dockerfile.diagnostics)
    for diagnostic in pass.diagnostics
    where diagnostic.code != InstructionDiagnosticCode.invalidImageReference.rawValue
      && diagnostic.code != InstructionDiagnosticCode.copyFromVariable.rawValue
    {
      diagnostics.append(diagnostic)
    }
    diagnostics.append(contentsOf: globals.diagnostics)
    if pass.stages.isEmpty {
      diagnostics.append(
        Diagnostic(
          severity: .error, message: StageGraphMessages.noStages, range: 0..<0,
          code: StageGraphDiagnosticCode.noStages.rawValue))
      return finish(targetIndex: nil)
    }
    stages.reserveCapacity(pass.stages.count)
    var earlierNames: [String: Int] = [:]
    for index in pass.stages.indices {
      let resolved = resolveFrom(index, earlierNames: earlierNames)
      if let name = resolved.name, earlierNames.updateValue(index, forKey: name) != nil {
        duplicateNamedStages.append(index)
      }
      stages.append(resolved)
    }
    stagesByName = earlierNames
    checkDefaultBaseNames()
    lintStageNames()
    for index in stages.indices {
      addBaseEdge(index)
      walkCommands(index)
    }
    for index in stages.indices { addOnbuildEdges(index) }
    // Without an edge from a stage there is neither a cycle nor a stage the target needs.
    let incoming =
      edges.contains { $0.source.stageIndex != nil } ? IncomingEdges(edges, stageCount: stages.count) : nil
    if let incoming { checkCircularDependencies(incoming) }
    let target = resolveTarget()
    if let target { markReachable(from: target, incoming) }
    checkLaterStageSources()
    return finish(targetIndex: target)
  }

  private mutating func finish(targetIndex: Int?) -> Result {
    for scoped in stageScoped {
      var diagnostic = scoped.diagnostic
      if !stages[scoped.stage].isReachable && diagnostic.severity == .error {
        diagnostic.severity = .warning
        diagnostic.message += " (stage \(stages[scoped.stage].displayName) is not built for this target)"
      }
      diagnostics.append(diagnostic)
    }
    let isOrdered = diagnostics.indices.dropFirst().allSatisfy {
      diagnostics[$0 - 1].range.lowerBound <= diagnostics[$0].range.lowerBound
    }
    let ordered =
      isOrdered
      ? diagnostics
      : diagnostics.enumerated().sorted { lhs, rhs in
        (lhs.element.range.lowerBound, lhs.offset) < (rhs.element.range.lowerBound, rhs.offset)
      }.map { $0.element }
    return Result(
      stages: stages, edges: edges, targetIndex: targetIndex, globalArguments: globals, diagnostics: ordered)
  }

  // MARK: - FROM

  private mutating func resolveFrom(_ index: Int, earlierNames: [String: Int]) -> GraphStage {
    let from = pass.stages[index].from
    let range = from.baseNameRange ?? from.instruction.argumentsRange ?? from.instruction.keywordRange
    var base = StageBase(written: from.baseName, expanded: nil, kind: .unresolved(reason: ""), range: range)
    switch expand(from.baseName, in: globals.environment) {
    case .failure(let error):
      base.kind = .unresolved(reason: error.message)
      report(.error, error.message, at: range, .baseExpansion)
    case .success(let result):
      reportUndefinedInFrom(result.unset, at: range)
      base.expanded = result.value
      base.kind = classify(result.value, from: from, earlierNames: earlierNames, at: range)
    }
    var platform: StagePlatform?
    if let flag = from.platform { platform = resolvePlatform(flag) }
    var writtenName: String?
    if from.stageName != nil, from.instruction.arguments.count == 3 {
      writtenName = from.instruction.arguments[2].value
    }
    let effective: Platform
    if case .stage(let index) = base.kind {
      effective = stages[index].effectivePlatform
    } else {
      effective = platform?.platform ?? targetPlatform
    }
    return GraphStage(
      index: index, name: from.stageName, writtenName: writtenName, from: from, base: base,
      platform: platform, effectivePlatform: effective, commands: [],
      finalEnvironment: StageEnvironment(isComplete: false), isReachable: false, isTarget: false)
  }

  /// BuildKit's base lookup: an earlier stage by exact (expanded) name, `scratch`, or an image reference.
  ///
  /// A base written without variables reuses the reference the instruction pass already parsed.
  private mutating func classify(
    _ expanded: String, from: FromInstruction, earlierNames: [String: Int], at range: Range<Int>
  ) -> StageBase.Kind {
    if expanded.isEmpty {
      let message = StageGraphMessages.blankBase(from.baseName)
      report(.error, message, at: range, .blankBase)
      return .unresolved(reason: message)
    }
    if !earlierNames.isEmpty, let index = earlierNames[expanded] { return .stage(index) }
    if expanded == "scratch" { return .scratch }
    let parsed: Swift.Result<ImageReference, ImageReferenceError>
    if expanded == from.baseName, let image = from.image {
      parsed = image
    } else {
      parsed = ImageReference.parse(expanded)
    }
    switch parsed {
    case .success(let reference): return .image(reference)
    case .failure(let error):
      let message = StageGraphMessages.invalidReference(expanded, error.message)
      report(.error, message, at: range, .invalidBaseReference)
      return .unresolved(reason: message)
    }
  }

  private mutating func resolvePlatform(_ flag: FlagValue<String>) -> StagePlatform {
    let range = flag.valueRange ?? flag.flag.range
    var platform = StagePlatform(written: flag.value, expanded: nil, platform: nil, range: flag.flag.range)
    switch expand(flag.value, in: globals.environment) {
    case .failure(let error):
      report(.error, StageGraphMessages.platformExpansion(flag.value, error.message), at: range, .invalidPlatform)
    case .success(let result):
      reportUndefinedInFrom(result.unset, at: range)
      platform.expanded = result.value
      if result.value.isEmpty {
        let message = NameSuggestion.wrap(
          StageGraphMessages.emptyPlatform(flag.value), value: result.unset.first ?? "",
          options: globals.knownNames)
        report(.error, message, at: range, .invalidPlatform)
      } else {
        switch Platform.parse(result.value) {
        case .success(let parsed): platform.platform = parsed
        case .failure(let error):
          report(.error, StageGraphMessages.invalidPlatform(flag.value, error.message), at: range, .invalidPlatform)
        }
      }
    }
    return platform
  }

  /// `UndefinedArgInFrom`: a variable neither set globally nor declared as a meta `ARG`.
  private mutating func reportUndefinedInFrom(_ unset: [String], at range: Range<Int>) {
    for name in unset where !globals.declaredNames.contains(name) {
      let message = NameSuggestion.wrap(
        StageGraphMessages.undefinedArgInFrom(name), value: name, options: globals.knownNames)
      report(.warning, message, at: range, .undefinedArgInFrom)
    }
  }

  /// `InvalidDefaultArgInFrom`: with defaults only, every base must still be a valid reference.
  ///
  /// When the defaults are the very variables the `FROM` lines were resolved with, each base
  /// expands as it already did (`base.expanded`, nil when that failed) and a base already
  /// read as an image is a valid reference.
  private mutating func checkDefaultBaseNames() {
    guard let defaults = globals.defaultsOnly else { return }
    let sameAsResolved = globals.defaultsAreResolved || defaults == globals.environment
    for index in stages.indices {
      let baseName = stages[index].from.baseName
      let expanded = stages[index].base.expanded
      let value: String
      if sameAsResolved {
        guard let expanded else { return }
        value = expanded
      } else {
        guard case .success(let result) = expand(baseName, in: defaults) else { return }
        value = result.value
      }
      let range = stages[index].base.range ?? stages[index].from.instruction.keywordRange
      if !stages[index].from.baseNameHasVariables {
        if case .unresolved = stages[index].base.kind, !value.isEmpty, expanded != nil {
          report(.warning, StageGraphMessages.invalidDefaultArgInFrom(baseName), at: range, .invalidDefaultArgInFrom)
        }
        continue
      }
      if sameAsResolved, case .image = stages[index].base.kind { continue }
      if case .failure = ImageReference.parse(value) {
        report(.warning, StageGraphMessages.invalidDefaultArgInFrom(baseName), at: range, .invalidDefaultArgInFrom)
      }
    }
  }

  /// Expands `word` to its value and the unset variables it used, without the lexer when the
  /// word has nothing for it to do (no `$`, quotes or escapes).
  func expand(
    _ word: String, in environment: ExpansionEnvironment
  ) -> Swift.Result<(value: String, unset: [String]), ExpansionError> {
    expander.expandValue(word, in: environment)
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ message: String, at range: Range<Int>, _ code: StageGraphDiagnosticCode
  ) {
    diagnostics.append(Diagnostic(severity: severity, message: message, range: range, code: code.rawValue))
  }
}
