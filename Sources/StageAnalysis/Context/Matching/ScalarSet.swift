/// A regular-expression character class: ranges of scalars, possibly negated.
struct ScalarSet: Sendable, Equatable {
  var ranges: [ClosedRange<UInt32>]
  var negated: Bool

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    let inside = ranges.contains { $0.contains(value) }
    return inside != negated
  }

  /// Go regexp's `\d`, `\s`, `\w` (ASCII) and their negations.
  static func perl(_ letter: Unicode.Scalar) -> ScalarSet? {
    let digits: [ClosedRange<UInt32>] = [48...57]
    let space: [ClosedRange<UInt32>] = [9...10, 12...13, 32...32]
    let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
    switch letter {
    case "d": return ScalarSet(ranges: digits, negated: false)
    case "D": return ScalarSet(ranges: digits, negated: true)
    case "s": return ScalarSet(ranges: space, negated: false)
    case "S": return ScalarSet(ranges: space, negated: true)
    case "w": return ScalarSet(ranges: word, negated: false)
    case "W": return ScalarSet(ranges: word, negated: true)
    default: return nil
    }
  }

  struct ParsedClass {
    var set: ScalarSet
    var end: Int
    var isApproximate: Bool
  }

  /// Parses the class that starts after the `[` at `start - 1`, as Go's regexp
  /// parses the translated text (the pattern already passed `filepath.Match`'s
  /// syntax check, so the class is closed and its items are well formed).
  static func parseClass(_ scalars: [Unicode.Scalar], after start: Int, pattern: String, line: Int?)
    throws(PatternError) -> ParsedClass
  {
    var index = start
    var negated = false
    var approximate = false
    if index < scalars.count && scalars[index] == "^" {
      negated = true
      index += 1
    }
    var ranges: [ClosedRange<UInt32>] = []
    var items = 0
    while index < scalars.count {
      if scalars[index] == "]" && items > 0 {
        return ParsedClass(
          set: ScalarSet(ranges: ranges, negated: negated), end: index + 1, isApproximate: approximate)
      }
      let low = readItem(scalars, &index, approximate: &approximate)
      var high = low
      if index + 1 < scalars.count && scalars[index] == "-" && scalars[index + 1] != "]" {
        index += 1
        high = readItem(scalars, &index, approximate: &approximate)
      }
      switch (low, high) {
      case (.scalar(let lo), .scalar(let hi)):
        guard lo.value <= hi.value else { throw .invalidClassRange(pattern, line: line) }
        ranges.append(lo.value...hi.value)
      case (.set(let set), _), (_, .set(let set)):
        approximate = approximate || set.negated
        ranges.append(contentsOf: set.negated ? [] : set.ranges)
      }
      items += 1
    }
    throw .badPattern(pattern, line: line)
  }

  private enum ClassItem {
    case scalar(Unicode.Scalar)
    case set(ScalarSet)
  }

  private static func readItem(_ scalars: [Unicode.Scalar], _ index: inout Int, approximate: inout Bool)
    -> ClassItem
  {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case "\\" where index < scalars.count:
      let escaped = scalars[index]
      index += 1
      if let set = perl(escaped) { return .set(set) }
      let resolved = RegexEscape.outsideClass(escaped)
      approximate = approximate || resolved.isApproximate
      if case .literal(let literal) = resolved.token { return .scalar(literal) }
      return .scalar(escaped)
    case "*", "?":
      approximate = true
      return .scalar(scalar)
    case "[" where index < scalars.count && scalars[index] == ":":
      approximate = true
      return .scalar(scalar)
    default:
      return .scalar(scalar)
    }
  }
}

/// What a `\c` in patternmatcher's translated expression means to Go's regexp.
enum RegexEscape {
  struct Resolved {
    var token: GlobProgram.Token
    var isApproximate: Bool
  }

  /// `\` + punctuation is the character; `\d` and friends are classes;
  /// `\t`-style escapes are control characters; other letters and digits
  /// (assertions, `\x`, `\p`, `\Q`, octal) are taken literally and flagged.
  static func outsideClass(_ scalar: Unicode.Scalar) -> Resolved {
    if let set = ScalarSet.perl(scalar) {
      return Resolved(token: .set(set), isApproximate: false)
    }
    let controls: [Unicode.Scalar: Unicode.Scalar] = [
      "a": "\u{07}", "f": "\u{0C}", "t": "\t", "n": "\n", "r": "\r", "v": "\u{0B}",
    ]
    if let control = controls[scalar] {
      return Resolved(token: .literal(control), isApproximate: false)
    }
    let isAlphanumeric = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    return Resolved(token: .literal(scalar), isApproximate: isAlphanumeric)
  }
}
