import DockerfileInstructions

/// The variables an instruction of a stage sees: `ARG`s and `ENV`s so far, in BuildKit's order.
///
/// The base image's own `ENV` is not known here (it lives in the image's config),
/// so `isComplete` says whether every variable of the stage is accounted for.
public struct StageEnvironment: Hashable, Sendable {
  /// The values, as the shell lexer looks them up.
  public private(set) var variables: ExpansionEnvironment
  /// Each visible variable with its origin, by name.
  public private(set) var bindings: [String: VariableBinding]
  /// `ARG`s declared in the stage (or inherited from its base stage), with or without a value.
  public private(set) var declaredArguments: Set<String>
  /// Whether the stage's root base is `scratch`, so no unknown image `ENV` exists.
  public var isComplete: Bool

  /// An environment with no variables.
  public init(isComplete: Bool) {
    variables = ExpansionEnvironment()
    bindings = [:]
    declaredArguments = []
    self.isComplete = isComplete
  }

  /// Sets a variable, replacing an earlier value of any origin.
  public mutating func bind(_ binding: VariableBinding) {
    variables.set(binding.name, binding.value)
    bindings[binding.name] = binding
  }

  /// Records that an `ARG` is declared, so references to it are not undefined.
  public mutating func declare(_ name: String) {
    declaredArguments.insert(name)
  }

  /// The bindings in the order the variables were first set.
  public var orderedBindings: [VariableBinding] {
    variables.names.compactMap { bindings[$0] }
  }

  /// The value of `name`, or nil when it is unset.
  public func value(of name: String) -> String? {
    variables.value(of: name)
  }
}
