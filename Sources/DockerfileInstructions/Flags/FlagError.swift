import DockerfileSyntax

/// A builder flag BuildKit's `BFlags.Parse` rejects, with BuildKit's message.
public struct FlagError: Error, Hashable, Sendable {
  /// What is wrong with the flag.
  public enum Kind: Hashable, Sendable {
    /// A word among the flags that does not start with `--`.
    case notAFlag
    /// A flag the instruction does not accept, with BuildKit's suggestion if any.
    case unknown(suggestion: String?)
    /// A non-repeatable flag given twice.
    case duplicate
    /// `--from` without `=value`, or `--link=`.
    case missingValue
    /// A boolean flag with a value other than true or false.
    case notBoolean(value: String)
  }

  /// What is wrong.
  public var kind: Kind
  /// The offending flag.
  public var flag: InstructionFlag

  /// Creates a flag error.
  public init(kind: Kind, flag: InstructionFlag) {
    self.kind = kind
    self.flag = flag
  }

  /// The message as BuildKit words it (`unknown flag: --frm (did you mean from?)`).
  public var message: String {
    let name = String(flag.text.prefix { $0 != "=" })
    switch kind {
    case .notAFlag:
      return "arg should start with -- : \(flag.text)"
    case .unknown(let suggestion):
      let base = "unknown flag: \(name)"
      return suggestion.map { base + " (did you mean \($0)?)" } ?? base
    case .duplicate:
      return "duplicate flag specified: \(name)"
    case .missingValue:
      return "missing a value on flag: \(name)"
    case .notBoolean(let value):
      return "expecting boolean value for flag \(name), not: \(value)"
    }
  }
}
