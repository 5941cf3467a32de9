import DockerfileInstructions
import DockerfileSyntax

/// The variables `FROM` lines see: BuildKit's automatic platform arguments, then the
/// `ARG`s before the first `FROM`, each overridden by a `--build-arg` of the same name.
public struct GlobalArguments: Sendable {
  /// The values with build arguments applied (BuildKit's `globalArgs`).
  public let environment: ExpansionEnvironment
  /// Each global variable with its origin.
  public var bindings: [String: VariableBinding] {
    var bindings = platformBindings
    for binding in metaBindings { bindings[binding.name] = binding }
    return bindings
  }
  /// Names of meta `ARG`s, with or without a value.
  public let declaredNames: Set<String>
  /// The values from defaults alone (no build arguments for meta `ARG`s), for the
  /// `InvalidDefaultArgInFrom` check; nil when a default failed to expand.
  public let defaultsOnly: ExpansionEnvironment?
  /// Errors expanding meta `ARG` defaults.
  public let diagnostics: [Diagnostic]
  /// Whether `defaultsOnly` is known to equal `environment` (no `--build-arg` set a meta `ARG`),
  /// so a check need not compare them.
  let defaultsAreResolved: Bool
  /// The automatic platform arguments' bindings, shared by every file of a configuration.
  private let platformBindings: [String: VariableBinding]
  /// The meta `ARG` bindings in the order they were made; a later one of a name wins.
  private let metaBindings: [VariableBinding]

  /// The binding of the global variable `name`, without building `bindings`.
  func binding(named name: String) -> VariableBinding? {
    metaBindings.last { $0.name == name } ?? platformBindings[name]
  }

  /// The automatic platform arguments in BuildKit's order, with `--build-arg` overrides applied.
  public static func platformArguments(_ configuration: BuildConfiguration) -> [(name: String, value: String)] {
    let build = configuration.buildPlatform
    let target = configuration.effectiveTargetPlatform
    let defaults = [
      ("BUILDPLATFORM", build.description), ("BUILDOS", build.os), ("BUILDARCH", build.architecture),
      ("BUILDVARIANT", build.variant), ("TARGETPLATFORM", target.description), ("TARGETOS", target.os),
      ("TARGETARCH", target.architecture), ("TARGETVARIANT", target.variant),
    ]
    return defaults.map { name, value in (name, configuration.buildArguments[name] ?? value) }
  }

  /// Resolves the meta `ARG`s in order, as BuildKit's `buildMetaArgs` does.
  ///
  /// A file without meta `ARG`s built for the host platform gets a copy of one shared answer.
  public init(metaArguments: [ArgInstruction], configuration: BuildConfiguration, expander: ShellWordExpander) {
    let isHostDefault = PlatformVariables.isHostDefault(configuration)
    if metaArguments.isEmpty && isHostDefault {
      self = Self.hostDefaultWithoutMetaArguments
    } else {
      self.init(
        resolving: metaArguments, configuration: configuration,
        platform: isHostDefault ? PlatformVariables.hostDefault : PlatformVariables(configuration),
        expander: expander)
    }
  }

  /// The variables of a file without meta `ARG`s, for `BuildConfiguration()`.
  private static let hostDefaultWithoutMetaArguments = GlobalArguments(
    resolving: [], configuration: BuildConfiguration(), platform: PlatformVariables.hostDefault,
    expander: ShellWordExpander())

  /// Until a build argument sets a meta `ARG`, the defaults-only values are the very values
  /// of `environment`, so they are shared rather than kept apart; after it, they are expanded
  /// on their own.
  private init(
    resolving metaArguments: [ArgInstruction], configuration: BuildConfiguration, platform: PlatformVariables,
    expander: ShellWordExpander
  ) {
    var environment = platform.environment
    var metaBindings: [VariableBinding] = []
    var separateDefaults: ExpansionEnvironment?
    var defaultsFailed = false
    var declared: Set<String> = []
    var diagnostics: [Diagnostic] = []
    var buildArgumentApplied = false
    for instruction in metaArguments {
      for declaration in instruction.declarations {
        declared.insert(declaration.name)
        let range = declaration.range ?? instruction.instruction.range
        if !configuration.buildArguments.isEmpty, let value = configuration.buildArguments[declaration.name] {
          if !buildArgumentApplied && !defaultsFailed { separateDefaults = environment }
          buildArgumentApplied = true
          environment.set(declaration.name, value)
          metaBindings.append(
            VariableBinding(name: declaration.name, value: value, origin: .buildArgument, declaration: range))
        } else if let written = declaration.defaultValue {
          let outcome = expander.processWord(written, in: environment)
          switch outcome {
          case .success(let value):
            environment.set(declaration.name, value)
            metaBindings.append(
              VariableBinding(
                name: declaration.name, value: value, origin: .metaArgument, declaration: range))
          case .failure(let error):
            diagnostics.append(
              Diagnostic(
                severity: .error, message: error.message, range: range,
                code: StageGraphDiagnosticCode.argumentExpansion.rawValue))
            if !buildArgumentApplied { defaultsFailed = true }
          }
          if !buildArgumentApplied { continue }
        }
        if let written = declaration.defaultValue, !defaultsFailed, var defaults = separateDefaults {
          separateDefaults = nil
          if case .success(let value) = expander.processWord(written, in: defaults) {
            defaults.set(declaration.name, value)
            separateDefaults = defaults
          } else {
            defaultsFailed = true
          }
        }
      }
    }
    self.environment = environment
    self.platformBindings = platform.bindings
    self.metaBindings = metaBindings
    self.declaredNames = declared
    self.defaultsOnly = defaultsFailed ? nil : (buildArgumentApplied ? separateDefaults : environment)
    self.diagnostics = diagnostics
    self.defaultsAreResolved = !defaultsFailed && !buildArgumentApplied
  }

  /// The automatic platform arguments as variables, worked out once for the default configuration.
  private struct PlatformVariables: Sendable {
    var environment = ExpansionEnvironment()
    var bindings: [String: VariableBinding] = [:]
    var buildPlatform: Platform
    var targetPlatform: Platform

    /// The names of the automatic platform arguments.
    static let names = platformArguments(BuildConfiguration()).map { $0.name }
    /// The variables of `BuildConfiguration()`: the host platform, no `--build-arg` for them.
    static let hostDefault = PlatformVariables(BuildConfiguration())

    init(_ configuration: BuildConfiguration) {
      buildPlatform = configuration.buildPlatform
      targetPlatform = configuration.effectiveTargetPlatform
      bindings.reserveCapacity(8)
      for (name, value) in platformArguments(configuration) {
        environment.set(name, value)
        bindings[name] = VariableBinding(name: name, value: value, origin: .platform, declaration: nil)
      }
    }

    /// Whether `configuration` gives the automatic platform arguments of `BuildConfiguration()`.
    static func isHostDefault(_ configuration: BuildConfiguration) -> Bool {
      let arguments = configuration.buildArguments
      let overridden = !arguments.isEmpty && names.contains { arguments[$0] != nil }
      return !overridden && configuration.buildPlatform == hostDefault.buildPlatform
        && configuration.effectiveTargetPlatform == hostDefault.targetPlatform
    }
  }

  /// Every name a `FROM` may use without `UndefinedArgInFrom`: set values and declared meta `ARG`s.
  public var knownNames: [String] {
    var names = environment.names
    for name in declaredNames.sorted() where environment.value(of: name) == nil { names.append(name) }
    return names
  }
}
