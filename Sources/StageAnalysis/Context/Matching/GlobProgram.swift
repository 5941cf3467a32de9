/// The token program patternmatcher's regular expression amounts to, run as an NFA.
struct GlobProgram: Sendable, Equatable {
  enum Token: Sendable, Equatable {
    /// One given character.
    case literal(Unicode.Scalar)
    /// `?` — one character other than `/`.
    case anyOne
    /// `*` — any run of characters other than `/`.
    case star
    /// A final `**` after other tokens — anything at all.
    case anything
    /// `**` with more after it — nothing, or anything ending in `/`.
    case anyDirectories
    /// A regular-expression class (can match `/`).
    case set(ScalarSet)
  }

  enum Kind { case exact, prefix, suffix, program }

  struct Translation {
    var kind: Kind
    var program: GlobProgram
    var isApproximate: Bool
  }

  let tokens: [Token]
  /// Per state, the states reachable without consuming input, as a bit mask
  /// (empty for programs too long for one 64-bit mask).
  private let maskClosures: [UInt64]

  init(tokens: [Token]) {
    self.tokens = tokens
    let stateCount = 2 * (tokens.count + 1)
    guard stateCount <= 64 else {
      maskClosures = []
      return
    }
    var masks: [UInt64] = []
    for state in 0..<stateCount {
      var reached = [Bool](repeating: false, count: stateCount)
      Self.addClosure(state, tokens: tokens, into: &reached)
      var mask: UInt64 = 0
      for (index, isReached) in reached.enumerated() where isReached { mask |= 1 << UInt64(index) }
      masks.append(mask)
    }
    maskClosures = masks
  }

  /// The literal characters the program starts with.
  var literalPrefix: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for token in tokens {
      guard case .literal(let scalar) = token else { break }
      result.append(scalar)
    }
    return result
  }

  /// The literal characters the program ends with.
  var literalSuffix: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for token in tokens.reversed() {
      guard case .literal(let scalar) = token else { break }
      result.append(scalar)
    }
    return result.reversed()
  }

  /// The longest run of consecutive literal characters; any match contains it.
  var longestLiteralRun: [Unicode.Scalar] {
    var best: [Unicode.Scalar] = []
    var run: [Unicode.Scalar] = []
    for token in tokens {
      if case .literal(let scalar) = token {
        run.append(scalar)
        if run.count > best.count { best = run }
      } else {
        run = []
      }
    }
    return best
  }

  /// Validates and translates a cleaned pattern as patternmatcher's `New` and `compile` do.
  static func translate(_ pattern: String, line: Int?) throws(PatternError) -> Translation {
    guard FilepathMatch.isValid(pattern) else { throw .badPattern(pattern, line: line) }
    let scalars = Array(pattern.unicodeScalars)
    var tokens: [Token] = []
    var kind = Kind.exact
    var approximate = false
    var index = 0
    var iteration = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "*":
        if index < scalars.count && scalars[index] == "*" {
          index += 1
          if index < scalars.count && scalars[index] == "/" { index += 1 }
          if index == scalars.count {
            if kind == .exact {
              kind = .prefix
            } else {
              tokens.append(.anything)
              kind = .program
            }
          } else {
            tokens.append(.anyDirectories)
            kind = .program
          }
          if iteration == 0 { kind = .suffix }
        } else {
          tokens.append(.star)
          kind = .program
        }
      case "?":
        tokens.append(.anyOne)
        kind = .program
      case "\\":
        if index < scalars.count {
          let escaped = RegexEscape.outsideClass(scalars[index])
          index += 1
          tokens.append(escaped.token)
          approximate = approximate || escaped.isApproximate
          kind = .program
        } else {
          tokens.append(.literal("\\"))
        }
      case "[":
        let parsed = try ScalarSet.parseClass(scalars, after: index, pattern: pattern, line: line)
        index = parsed.end
        tokens.append(.set(parsed.set))
        approximate = approximate || parsed.isApproximate
        kind = .program
      case "]":
        tokens.append(.literal("]"))
        kind = .program
      default:
        tokens.append(.literal(scalar))
      }
      iteration += 1
    }
    return Translation(kind: kind, program: GlobProgram(tokens: tokens), isApproximate: approximate)
  }

  /// Whether the whole of `text` matches (the expression is anchored at both ends).
  func matches(_ text: [Unicode.Scalar]) -> Bool {
    if let closures { return matchesWithMasks(text, closures: closures) }
    return matchesWithArrays(text)
  }

  /// Epsilon closures as bit masks, for programs of up to 31 tokens (2 × (31 + 1) states).
  private var closures: [UInt64]? {
    maskClosures.isEmpty ? nil : maskClosures
  }

  private func matchesWithMasks(_ text: [Unicode.Scalar], closures: [UInt64]) -> Bool {
    let count = tokens.count
    var current = closures[0]
    for scalar in text {
      var next: UInt64 = 0
      var pending = current
      while pending != 0 {
        let state = pending.trailingZeroBitCount
        pending &= pending - 1
        if state > count {
          next |= closures[state]
          if scalar == "/" { next |= closures[state - count] }
          continue
        }
        guard state < count else { continue }
        switch tokens[state] {
        case .literal(let literal):
          if literal == scalar { next |= closures[state + 1] }
        case .anyOne:
          if scalar != "/" { next |= closures[state + 1] }
        case .star:
          if scalar != "/" { next |= closures[state] }
        case .anything:
          next |= closures[state]
        case .anyDirectories:
          break
        case .set(let set):
          if set.contains(scalar) { next |= closures[state + 1] }
        }
      }
      if next == 0 { return false }
      current = next
    }
    return current & (1 << UInt64(count)) != 0
  }

  private func matchesWithArrays(_ text: [Unicode.Scalar]) -> Bool {
    let count = tokens.count
    // States 0...count: "before token i"; count+1+i: inside the `.*` of an anyDirectories at i.
    let stateCount = 2 * (count + 1)
    var current = [Bool](repeating: false, count: stateCount)
    var next = [Bool](repeating: false, count: stateCount)
    addClosure(0, into: &current)
    for scalar in text {
      for index in 0..<stateCount { next[index] = false }
      var any = false
      for state in 0..<stateCount where current[state] {
        if state > count {
          let owner = state - count - 1
          addClosure(state, into: &next)
          if scalar == "/" { addClosure(owner + 1, into: &next) }
          any = true
          continue
        }
        guard state < count else { continue }
        switch tokens[state] {
        case .literal(let literal):
          if literal == scalar { addClosure(state + 1, into: &next); any = true }
        case .anyOne:
          if scalar != "/" { addClosure(state + 1, into: &next); any = true }
        case .star:
          if scalar != "/" { addClosure(state, into: &next); any = true }
        case .anything:
          addClosure(state, into: &next)
          any = true
        case .anyDirectories:
          break
        case .set(let set):
          if set.contains(scalar) { addClosure(state + 1, into: &next); any = true }
        }
      }
      if !any { return false }
      swap(&current, &next)
    }
    return current[count]
  }

  private func addClosure(_ state: Int, into states: inout [Bool]) {
    Self.addClosure(state, tokens: tokens, into: &states)
  }

  private static func addClosure(_ state: Int, tokens: [Token], into states: inout [Bool]) {
    if states[state] { return }
    states[state] = true
    let count = tokens.count
    guard state < count else { return }
    switch tokens[state] {
    case .star, .anything:
      addClosure(state + 1, tokens: tokens, into: &states)
    case .anyDirectories:
      addClosure(state + 1, tokens: tokens, into: &states)
      addClosure(count + 1 + state, tokens: tokens, into: &states)
    default:
      break
    }
  }
}
