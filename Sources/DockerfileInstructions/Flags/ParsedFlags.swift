import DockerfileSyntax

/// An instruction's builder flags read against the flags it accepts (BuildKit's `BFlags`).
public struct ParsedFlags: Hashable, Sendable {
  /// One accepted flag occurrence.
  public struct Occurrence: Hashable, Sendable {
    /// The flag's name without dashes.
    public var name: String
    /// The value (`"true"`/`"false"` for a boolean flag).
    public var value: String
    /// The flag as written.
    public var flag: InstructionFlag
  }

  /// The flags the instruction accepts.
  public let specs: [FlagSpec]
  /// The flags read before any error, in order.
  public private(set) var occurrences: [Occurrence] = []
  /// The first problem, after which BuildKit stops reading flags.
  public private(set) var error: FlagError?

  /// Reads `flags` against `specs`, exactly as `BFlags.Parse` does.
  public init(_ flags: [InstructionFlag], accepting specs: [FlagSpec]) {
    self.specs = specs
    guard !flags.isEmpty else { return }
    var occurrences: [Occurrence] = []
    occurrences.reserveCapacity(flags.count)
    error = Self.read(flags, accepting: specs, into: &occurrences)
    self.occurrences = occurrences
  }

  /// Appends the flags read to `occurrences` until the first problem, which it returns.
  private static func read(
    _ flags: [InstructionFlag], accepting specs: [FlagSpec], into occurrences: inout [Occurrence]
  ) -> FlagError? {
    for flag in flags {
      if flag.text == "--" { return nil }
      guard let (name, value) = split(flag.text) else { return FlagError(kind: .notAFlag, flag: flag) }
      // The occurrence takes the spec's own name, so no string is made for the name.
      guard let spec = specs.first(where: { name == $0.name }) else {
        let suggestion = Suggestion.closest(to: String(name), in: specs.map(\.name), caseSensitive: true)
        return FlagError(kind: .unknown(suggestion: suggestion), flag: flag)
      }
      if spec.kind != .strings && occurrences.contains(where: { $0.name == spec.name }) {
        return FlagError(kind: .duplicate, flag: flag)
      }
      switch spec.kind {
      case .bool:
        if let value, value.isEmpty { return FlagError(kind: .missingValue, flag: flag) }
        switch value.map({ $0.lowercased() }) ?? "" {
        case "", "true": occurrences.append(Occurrence(name: spec.name, value: "true", flag: flag))
        case "false": occurrences.append(Occurrence(name: spec.name, value: "false", flag: flag))
        default: return FlagError(kind: .notBoolean(value: String(value ?? "")), flag: flag)
        }
      case .string, .strings:
        guard let value else { return FlagError(kind: .missingValue, flag: flag) }
        occurrences.append(Occurrence(name: spec.name, value: String(value), flag: flag))
      }
    }
    return nil
  }

  /// The name and value of `--name[=value]`, nil when the text does not start with `--`.
  private static func split(_ text: String) -> (name: Substring, value: Substring?)? {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      // Non-ASCII text keeps the `Character` view's grapheme-aware matching.
      guard text.hasPrefix("--") else { return nil }
      let body = text.dropFirst(2)
      let equals = body.firstIndex(of: "=")
      return (body[..<(equals ?? body.endIndex)], equals.map { body[body.index(after: $0)...] })
    }
    guard utf8.starts(with: "--".utf8) else { return nil }
    let body = utf8.dropFirst(2)
    guard let equals = body.firstIndex(of: UInt8(ascii: "=")) else { return (Substring(body), nil) }
    return (Substring(body[..<equals]), Substring(body[utf8.index(after: equals)...]))
  }

  /// Whether `name` was given.
  public func isUsed(_ name: String) -> Bool {
    occurrences.contains { $0.name == name }
  }

  /// The value of a string flag, or nil when absent.
  public func string(_ name: String) -> FlagValue<String>? {
    occurrences.last { $0.name == name }.map { FlagValue(value: $0.value, flag: $0.flag) }
  }

  /// The value of a boolean flag, or nil when absent.
  public func bool(_ name: String) -> FlagValue<Bool>? {
    occurrences.last { $0.name == name }.map { FlagValue(value: $0.value == "true", flag: $0.flag) }
  }

  /// Every value of a repeatable flag, in order.
  public func strings(_ name: String) -> [FlagValue<String>] {
    occurrences.filter { $0.name == name }.map { FlagValue(value: $0.value, flag: $0.flag) }
  }
}
