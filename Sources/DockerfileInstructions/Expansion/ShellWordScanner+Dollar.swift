extension ShellWordScanner {
  private static let brace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), colon = UInt8(ascii: ":")

  /// `$name`, `${name}` and the `${name<op>word}` forms.
  mutating func processDollar() throws(ExpansionError) -> [UInt8] {
    let start = position
    position += 1
    if peekByte() != Self.brace {
      let name = processName()
      if name.isEmpty { return [UInt8(ascii: "$")] }
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv { return Array(("$" + name).utf8) }
      return Array((value ?? "").utf8)
    }
    position += 1
    switch peekByte() {
    case nil: throw failure(.missingClosingBrace)
    case Self.brace, Self.closeBrace, Self.colon: throw failure(.badSubstitution)
    default: break
    }
    let name = processName()
    let operatorStart = position
    let first = nextCharacter()
    let firstByte = first.flatMap { $0.count == 1 ? $0.first : nil }
    if firstByte == Self.closeBrace {
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv { return Array("${\(name)}".utf8) }
      return Array((value ?? "").utf8)
    }
    // The operator as written, for messages and `SkipUnsetEnv`; `${name}` above needs none.
    var modifier = first.map { String(decoding: $0, as: UTF8.self) } ?? "\u{FFFD}"
    switch firstByte {
    case UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "#"),
      UInt8(ascii: "%"):
      var operation = firstByte
      let nullIsUnset = firstByte == Self.colon
      if nullIsUnset {
        let second = nextCharacter()
        modifier += second.map { String(decoding: $0, as: UTF8.self) } ?? "\u{FFFD}"
        operation = second.flatMap { $0.count == 1 ? $0.first : nil }
      }
      let isPattern = operation == UInt8(ascii: "#") || operation == UInt8(ascii: "%")
      if nullIsUnset && isPattern {
        throw failure(.unsupportedModifier(modifier), at: operatorStart)
      }
      let argument = try nestedWord(until: Self.closeBrace, rawEscapes: isPattern, missing: .missingClosingBrace)
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv {
        return Array("${\(name)\(modifier)\(argument)}".utf8)
      }
      return Array(
        try applyModifier(
          operation, name: name, value: value, argument: argument, nullIsUnset: nullIsUnset, modifier: modifier,
          start: start, operatorStart: operatorStart
        ).utf8)
    case UInt8(ascii: "/"):
      let replaceAll = peekByte() == UInt8(ascii: "/")
      if replaceAll { position += 1 }
      let pattern = try nestedWord(until: UInt8(ascii: "/"), rawEscapes: true, missing: .missingReplacementSlash)
      let replacement = try nestedWord(until: Self.closeBrace, rawEscapes: true, missing: .missingClosingBrace)
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv {
        return Array("${\(name)/\(pattern)/\(replacement)}".utf8)
      }
      switch ShellPattern.replace(in: value ?? "", pattern: pattern, with: replacement, all: replaceAll) {
      case .success(let replaced): return Array(replaced.utf8)
      case .failure(let error):
        throw failure(.invalidPattern(pattern: error.pattern, reason: error.reason), at: start)
      }
    default:
      throw failure(.unsupportedModifier(modifier), at: operatorStart)
    }
  }

  private mutating func nestedWord(
    until stop: UInt8, rawEscapes: Bool, missing: ExpansionError.Kind
  ) throws(ExpansionError) -> String {
    do {
      return try processStopOn(stop, rawEscapes: rawEscapes).0
    } catch {
      if peekByte() == nil { throw failure(missing) }
      throw error
    }
  }

  private func applyModifier(
    _ operation: UInt8?, name: String, value: String?, argument: String, nullIsUnset: Bool, modifier: String,
    start: Int, operatorStart: Int
  ) throws(ExpansionError) -> String {
    let absent = value == nil || (nullIsUnset && value == "")
    switch operation {
    case UInt8(ascii: "-"):
      return absent ? argument : value ?? ""
    case UInt8(ascii: "+"):
      return absent ? "" : argument
    case UInt8(ascii: "?"):
      if value == nil {
        throw failure(
          .required(name: name, message: argument.isEmpty ? "is not allowed to be unset" : argument), at: start)
      }
      if nullIsUnset && value == "" {
        throw failure(
          .required(name: name, message: argument.isEmpty ? "is not allowed to be empty" : argument), at: start)
      }
      return value ?? ""
    case UInt8(ascii: "#"), UInt8(ascii: "%"):
      var pattern = argument
      let greedy = pattern.utf8.first == operation
      if greedy { pattern.removeFirst() }
      let trimmed =
        operation == UInt8(ascii: "%")
        ? ShellPattern.trimSuffix(pattern, from: value ?? "", greedy: greedy)
        : ShellPattern.trimPrefix(pattern, from: value ?? "", greedy: greedy)
      switch trimmed {
      case .success(let text): return text
      case .failure(let error):
        throw failure(.invalidPattern(pattern: error.pattern, reason: error.reason), at: start)
      }
    default:
      throw failure(.unsupportedModifier(modifier), at: operatorStart)
    }
  }

  /// A name: a run of digits, one special parameter, or letters, digits and `_`.
  private mutating func processName() -> String {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      let length = scalarLength(at: position)
      let character = byte < 0x80 ? Unicode.Scalar(byte) : scalar(at: position)
      if position == start && CharacterClass.isDigit(character) {
        while position < bytes.count {
          let digit = bytes[position] < 0x80 ? Unicode.Scalar(bytes[position]) : scalar(at: position)
          guard CharacterClass.isDigit(digit) else { break }
          position += scalarLength(at: position)
        }
        break
      }
      if position == start && Self.isSpecialParameter(byte) {
        position += 1
        break
      }
      guard CharacterClass.isLetter(character) || CharacterClass.isDigit(character) || byte == UInt8(ascii: "_")
      else { break }
      position += length
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private static func isSpecialParameter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "@"), UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "-"),
      UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "0"):
      return true
    default:
      return false
    }
  }

  private mutating func lookup(_ name: String) -> String? {
    let value = environment.value(of: name)
    // The environment does not change during a scan, so a name lands in one list only;
    // words name few variables, so a linear search beats hashing into a set.
    if value == nil {
      if !unset.contains(name) { unset.append(name) }
    } else if !referenced.contains(name) {
      referenced.append(name)
    }
    return value
  }
}
