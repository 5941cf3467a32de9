import DockerfileInstructions

/// The variables of a `StageEnvironment`, boxed so that snapshots share them.
///
/// Changed only through `StageEnvironment`, and only while it holds the one
/// reference (`isKnownUniquelyReferenced`), so a box that is shared is never
/// written: that is what makes the unchecked `Sendable` sound.
final class StageEnvironmentStorage: @unchecked Sendable {
  /// The box of an environment with no variables, shared by every new environment.
  static let empty = StageEnvironmentStorage(
    variables: ExpansionEnvironment(), history: [], declaredArguments: [])

  var variables: ExpansionEnvironment
  /// Every binding made, in order; a later binding of a name replaces the earlier ones.
  ///
  /// Origins are read rarely (reports and tests) and set often, so they are logged
  /// rather than kept in a dictionary that each change would hash into.
  var history: [VariableBinding]
  var declaredArguments: Set<String>

  init(variables: ExpansionEnvironment, history: [VariableBinding], declaredArguments: Set<String>) {
    self.variables = variables
    self.history = history
    self.declaredArguments = declaredArguments
  }

  /// Each visible variable with the binding that set it last.
  var bindings: [String: VariableBinding] {
    var bindings: [String: VariableBinding] = [:]
    for binding in history { bindings[binding.name] = binding }
    return bindings
  }

  /// A new box with the same variables.
  func copy() -> StageEnvironmentStorage {
    StageEnvironmentStorage(variables: variables, history: history, declaredArguments: declaredArguments)
  }

  /// Whether `other` holds the same variables, origins and declarations.
  func hasSameContents(as other: StageEnvironmentStorage) -> Bool {
    variables == other.variables && declaredArguments == other.declaredArguments && bindings == other.bindings
  }

  /// Feeds the contents to `hasher`, consistently with `hasSameContents(as:)`.
  func hash(into hasher: inout Hasher) {
    hasher.combine(variables)
    hasher.combine(bindings)
    hasher.combine(declaredArguments)
  }
}
