import DockerfileInstructions

/// The variables an instruction of a stage sees: `ARG`s and `ENV`s so far, in BuildKit's order.
///
/// The base image's own `ENV` is not known here (it lives in the image's config),
/// so `isComplete` says whether every variable of the stage is accounted for.
///
/// Every command of a stage keeps a snapshot, and most commands change nothing, so the
/// variables live in one shared box: a snapshot costs one reference, and the box is
/// copied only when a shared environment changes.
public struct StageEnvironment: Hashable, Sendable {
  /// Whether the stage's root base is `scratch`, so no unknown image `ENV` exists.
  public var isComplete: Bool
  private var storage: StageEnvironmentStorage

  /// An environment with no variables.
  public init(isComplete: Bool) {
    storage = StageEnvironmentStorage.empty
    self.isComplete = isComplete
  }

  /// The values, as the shell lexer looks them up.
  public var variables: ExpansionEnvironment { storage.variables }
  /// Each visible variable with its origin, by name.
  public var bindings: [String: VariableBinding] { storage.bindings }
  /// `ARG`s declared in the stage (or inherited from its base stage), with or without a value.
  public var declaredArguments: Set<String> { storage.declaredArguments }

  /// Sets a variable, replacing an earlier value of any origin.
  public mutating func bind(_ binding: VariableBinding) {
    makeStorageUnique()
    storage.variables.set(binding.name, binding.value)
    storage.history.append(binding)
  }

  /// Records that an `ARG` is declared, so references to it are not undefined.
  public mutating func declare(_ name: String) {
    guard !storage.declaredArguments.contains(name) else { return }
    makeStorageUnique()
    storage.declaredArguments.insert(name)
  }

  /// The bindings in the order the variables were first set.
  public var orderedBindings: [VariableBinding] {
    let bindings = storage.bindings
    return storage.variables.names.compactMap { bindings[$0] }
  }

  /// The value of `name`, or nil when it is unset.
  public func value(of name: String) -> String? {
    storage.variables.value(of: name)
  }

  /// Whether both have the same completeness, variables, origins and declarations.
  public static func == (lhs: StageEnvironment, rhs: StageEnvironment) -> Bool {
    guard lhs.isComplete == rhs.isComplete else { return false }
    return lhs.storage === rhs.storage || lhs.storage.hasSameContents(as: rhs.storage)
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(isComplete)
    storage.hash(into: &hasher)
  }

  /// Copies the box before a change when another snapshot shares it.
  private mutating func makeStorageUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }
}
