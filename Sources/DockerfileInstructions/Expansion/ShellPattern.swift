/// BuildKit's shell patterns for `${v#p}`, `${v%p}` and `${v/p/r}`: `*`, `?` and `\` escapes.
///
/// BuildKit turns a pattern into a Go regular expression (`*` → `.*` or `.*?`,
/// `?` → `.`) and takes the leftmost-first match. This matcher reproduces that
/// without regular expressions, including that wildcards never match a newline.
struct ShellPattern {
  /// A pattern BuildKit would refuse, with the pattern text as it reports it.
  struct Failure: Error, Hashable {
    var pattern: String
    var reason: String
  }

  private enum Token: Hashable {
    case literal(Unicode.Scalar)
    case any
    case star
  }

  private let tokens: [Token]

  private init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Compiles `pattern`, or returns BuildKit's reason for refusing it.
  private static func compile(_ pattern: [Unicode.Scalar]) -> Result<ShellPattern, Failure> {
    var tokens: [Token] = []
    var index = 0
    while index < pattern.count {
      let scalar = pattern[index]
      index += 1
      switch scalar {
      case "*": tokens.append(.star)
      case "?": tokens.append(.any)
      case "\\":
        if index < pattern.count && (pattern[index] == "}" || pattern[index] == "/") { continue }
        let escaped: Unicode.Scalar = index < pattern.count ? pattern[index] : "\u{FFFD}"
        index += 1
        guard escaped == "*" || escaped == "?" || escaped == "\\" else {
          let text = String(String.UnicodeScalarView(pattern))
          return .failure(Failure(pattern: text, reason: "invalid escape '\\\(escaped)'"))
        }
        tokens.append(.literal(escaped))
      default:
        tokens.append(.literal(scalar))
      }
    }
    return .success(ShellPattern(tokens: tokens))
  }

  // MARK: - Matching

  /// The end of the first match starting at `start`, in leftmost-first priority order.
  private func matchEnd(in value: [Unicode.Scalar], from start: Int, greedy: Bool) -> Int? {
    var memo = [Int](repeating: -2, count: (tokens.count + 1) * (value.count + 1))
    return match(token: 0, at: start, in: value, greedy: greedy, memo: &memo)
  }

  private func match(
    token: Int, at index: Int, in value: [Unicode.Scalar], greedy: Bool, memo: inout [Int]
  ) -> Int? {
    if token == tokens.count { return index }
    let key = token * (value.count + 1) + index
    if memo[key] != -2 { return memo[key] >= 0 ? memo[key] : nil }
    var result: Int?
    switch tokens[token] {
    case .literal(let scalar):
      if index < value.count && value[index] == scalar {
        result = match(token: token + 1, at: index + 1, in: value, greedy: greedy, memo: &memo)
      }
    case .any:
      if index < value.count && value[index] != "\n" {
        result = match(token: token + 1, at: index + 1, in: value, greedy: greedy, memo: &memo)
      }
    case .star:
      var limit = index
      while limit < value.count && value[limit] != "\n" { limit += 1 }
      let candidates = greedy ? Array((index...limit).reversed()) : Array(index...limit)
      for candidate in candidates {
        if let end = match(token: token + 1, at: candidate, in: value, greedy: greedy, memo: &memo) {
          result = end
          break
        }
      }
    }
    memo[key] = result ?? -1
    return result
  }

  // MARK: - Operations

  /// `${v#pattern}` / `${v##pattern}`: removes the shortest (or longest) matching prefix.
  static func trimPrefix(_ pattern: String, from value: String, greedy: Bool) -> Result<String, Failure> {
    switch compile(Array(pattern.unicodeScalars)) {
    case .failure(let failure):
      return .failure(failure)
    case .success(let compiled):
      let scalars = Array(value.unicodeScalars)
      guard let end = compiled.matchEnd(in: scalars, from: 0, greedy: greedy) else { return .success(value) }
      var rest = String.UnicodeScalarView()
      rest.append(contentsOf: scalars[end...])
      return .success(String(rest))
    }
  }

  /// `${v%pattern}` / `${v%%pattern}`: removes the shortest (or longest) matching suffix.
  ///
  /// Like BuildKit, reverses pattern (keeping escapes together) and value, then trims a prefix.
  static func trimSuffix(_ pattern: String, from value: String, greedy: Bool) -> Result<String, Failure> {
    let reversedPattern = reversePattern(Array(pattern.unicodeScalars))
    let reversedValue = String(String.UnicodeScalarView(value.unicodeScalars.reversed()))
    return trimPrefix(reversedPattern, from: reversedValue, greedy: greedy).map {
      String(String.UnicodeScalarView($0.unicodeScalars.reversed()))
    }
  }

  private static func reversePattern(_ pattern: [Unicode.Scalar]) -> String {
    var out = [Unicode.Scalar](repeating: " ", count: pattern.count)
    let last = pattern.count - 1
    var index = 0
    while index <= last {
      let scalar = pattern[index]
      let outIndex = last - index
      if scalar == "\\" && index != last {
        out[outIndex - 1] = scalar
        out[outIndex] = pattern[index + 1]
        index += 2
      } else {
        out[outIndex] = scalar
        index += 1
      }
    }
    return String(String.UnicodeScalarView(out))
  }

  /// `${v/pattern/replacement}` and `${v//pattern/replacement}` (greedy, unanchored).
  static func replace(
    in value: String, pattern: String, with replacement: String, all: Bool
  ) -> Result<String, Failure> {
    let compiled: ShellPattern
    switch compile(Array(pattern.unicodeScalars)) {
    case .failure(let failure): return .failure(failure)
    case .success(let pattern): compiled = pattern
    }
    let scalars = Array(value.unicodeScalars)
    var out = String.UnicodeScalarView()
    if !all {
      guard let (start, end) = compiled.firstMatch(in: scalars, from: 0) else { return .success(value) }
      out.append(contentsOf: scalars[..<start])
      out.append(contentsOf: replacement.unicodeScalars)
      out.append(contentsOf: scalars[end...])
      return .success(String(out))
    }
    var searchPosition = 0
    var lastMatchEnd = 0
    while searchPosition <= scalars.count {
      guard let (start, end) = compiled.firstMatch(in: scalars, from: searchPosition) else { break }
      out.append(contentsOf: scalars[lastMatchEnd..<start])
      if end > lastMatchEnd || start == 0 {
        out.append(contentsOf: expandTemplate(replacement, match: scalars[start..<end]))
      }
      lastMatchEnd = end
      searchPosition = max(searchPosition + 1, end)
    }
    out.append(contentsOf: scalars[lastMatchEnd...])
    return .success(String(out))
  }

  private func firstMatch(in value: [Unicode.Scalar], from position: Int) -> (Int, Int)? {
    var memo = [Int](repeating: -2, count: (tokens.count + 1) * (value.count + 1))
    for start in position...value.count {
      if let end = match(token: 0, at: start, in: value, greedy: true, memo: &memo) {
        return (start, end)
      }
    }
    return nil
  }

  /// Go's `Regexp.Expand` for a pattern without groups: `$$` is `$`, `$0` the match, other names empty.
  private static func expandTemplate(_ template: String, match: ArraySlice<Unicode.Scalar>) -> String.UnicodeScalarView {
    let scalars = Array(template.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      guard scalar == "$" else {
        out.append(scalar)
        continue
      }
      if index < scalars.count && scalars[index] == "$" {
        out.append("$")
        index += 1
        continue
      }
      var cursor = index
      let braced = cursor < scalars.count && scalars[cursor] == "{"
      if braced { cursor += 1 }
      let nameStart = cursor
      while cursor < scalars.count,
        CharacterClass.isLetter(scalars[cursor]) || CharacterClass.isDigit(scalars[cursor])
          || scalars[cursor] == "_"
      {
        cursor += 1
      }
      let name = scalars[nameStart..<cursor]
      if name.isEmpty || (braced && (cursor >= scalars.count || scalars[cursor] != "}")) {
        out.append("$")
        continue
      }
      if braced { cursor += 1 }
      index = cursor
      if name.count == 1 && name.first == "0" { out.append(contentsOf: match) }
    }
    return out
  }
}
