/// The variables BuildKit makes visible to each instruction of each stage.
///
/// Follows BuildKit's scoping: ARGs before the first `FROM` (plus the automatic
/// platform ARGs) are global and expand only in `FROM` and later global defaults;
/// a stage sees a global only after `ARG name`; a stage ARG takes the build arg,
/// else its expanded default, else the global value; `ENV` always wins over an
/// `ARG` of the same name; one `ENV` instruction expands all its values against
/// the environment before it; a stage based on an earlier stage inherits its
/// variables; `PATH` gets BuildKit's default when the base has none.
public struct StageVariables: Sendable {
  /// One stage's resolution.
  public struct Stage: Sendable {
    /// The `FROM` image expression expanded against the global scope.
    public var baseName: Result<ExpansionResult, ExpansionError>
    /// `--platform` expanded against the global scope, if given.
    public var platform: Result<ExpansionResult, ExpansionError>?
    /// The earlier stage this one is based on, if any.
    public var parentStage: Int?
    /// The environment in effect before each command of the stage, in order.
    public var environments: [ExpansionEnvironment]
    /// The environment after the stage's last command.
    public var finalEnvironment: ExpansionEnvironment
  }

  /// BuildKit's default `PATH` for Linux stages whose base sets none.
  public static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

  /// The global scope: automatic platform ARGs and valued ARGs before the first `FROM`.
  public let global: ExpansionEnvironment
  /// Every stage, in order.
  public let stages: [Stage]

  /// Resolves the variables of `pass` for a build with `options`.
  ///
  /// `baseEnvironment` supplies an image's `Env` when it is known (nil: only `PATH`).
  public init(
    _ pass: InstructionPass, options: BuildOptions = BuildOptions(), escapeToken: UInt8 = UInt8(ascii: "\\"),
    baseEnvironment: (FromInstruction) -> ExpansionEnvironment? = { _ in nil }
  ) {
    let expander = ShellWordExpander(escapeByte: escapeToken)
    var global = Self.automaticArguments(pass, options: options)
    for arg in pass.metaArgs {
      for declaration in arg.declarations {
        if let value = options.buildArguments[declaration.name] {
          global.set(declaration.name, value)
        } else if let defaultValue = declaration.defaultValue,
          case .success(let value) = expander.processWord(defaultValue, in: global)
        {
          global.set(declaration.name, value)
        }
      }
    }
    var stages: [Stage] = []
    var stageNames: [String: Int] = [:]
    var stageArguments: [[String: String]] = []
    var stageEnvNames: [Set<String>] = []
    for stage in pass.stages {
      let baseName = expander.expand(stage.from.baseName, in: global)
      let platform = stage.from.platform.map { expander.expand($0.value, in: global) }
      let resolvedBase = (try? baseName.get().value.lowercased()) ?? stage.from.baseName.lowercased()
      let parent = stageNames[resolvedBase]
      var environment: ExpansionEnvironment
      var envNames: Set<String>
      if let parent {
        environment = stages[parent].finalEnvironment
        envNames = stageEnvNames[parent]
      } else {
        environment = baseEnvironment(stage.from) ?? ExpansionEnvironment()
        envNames = Set(environment.names)
      }
      if environment.value(of: "PATH") == nil { environment.set("PATH", Self.defaultPath) }
      var arguments = parent.map { stageArguments[$0] } ?? [:]
      var environments: [ExpansionEnvironment] = []
      for command in stage.commands {
        environments.append(environment)
        switch command {
        case .arg(let arg):
          for declaration in arg.declarations {
            var value = options.buildArguments[declaration.name]
            if value == nil, let defaultValue = declaration.defaultValue {
              value = try? expander.processWord(defaultValue, in: environment).get()
            }
            if value == nil { value = global.value(of: declaration.name) }
            guard let value else { continue }
            arguments[declaration.name] = value
            if !envNames.contains(declaration.name) { environment.set(declaration.name, value) }
          }
        case .env(let env):
          let before = environment
          for pair in env.pairs {
            let key = (try? expander.processWord(pair.key, in: before).get()) ?? pair.key
            let value = (try? expander.processWord(pair.value, in: before).get()) ?? pair.value
            environment.set(key, value)
            envNames.insert(key)
          }
        default:
          break
        }
      }
      if let name = stage.from.stageName { stageNames[name] = stages.count }
      stageNames[String(stages.count)] = stages.count
      stageArguments.append(arguments)
      stageEnvNames.append(envNames)
      stages.append(
        Stage(
          baseName: baseName, platform: platform, parentStage: parent, environments: environments,
          finalEnvironment: environment))
    }
    self.global = global
    self.stages = stages
  }

  /// BuildKit's automatic global ARGs, overridable by build args.
  private static func automaticArguments(_ pass: InstructionPass, options: BuildOptions) -> ExpansionEnvironment {
    let target = options.target ?? pass.stages.last?.from.stageName ?? "default"
    var environment = ExpansionEnvironment([
      ("BUILDPLATFORM", options.buildPlatform.specifier), ("BUILDOS", options.buildPlatform.os),
      ("BUILDOSVERSION", ""), ("BUILDARCH", options.buildPlatform.architecture),
      ("BUILDVARIANT", options.buildPlatform.variant),
      ("TARGETPLATFORM", options.targetPlatform.specifier), ("TARGETOS", options.targetPlatform.os),
      ("TARGETOSVERSION", ""), ("TARGETARCH", options.targetPlatform.architecture),
      ("TARGETVARIANT", options.targetPlatform.variant), ("TARGETSTAGE", target),
    ])
    for name in environment.names {
      if let value = options.buildArguments[name] { environment.set(name, value) }
    }
    return environment
  }
}
