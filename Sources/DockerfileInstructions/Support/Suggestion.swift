/// BuildKit's "did you mean" hints (`util/suggest`): the closest option within edit distance 2.
enum Suggestion {
  /// Options read once: each one's scalars, lowercased when matching ignores case.
  struct Options {
    let caseSensitive: Bool
    let candidates: [(name: String, scalars: [Unicode.Scalar])]

    init(_ names: [String], caseSensitive: Bool) {
      self.caseSensitive = caseSensitive
      candidates = names.map { name in
        let candidate = caseSensitive ? name : name.lowercased()
        return (candidate, Array(candidate.unicodeScalars))
      }
    }
  }

  /// The instruction keywords, for an unknown instruction (matched ignoring case).
  static let instructionNames = Options(InstructionMessages.instructionNames, caseSensitive: false)

  /// The closest option to `value`, or nil when none is close or `value` is itself an option.
  ///
  /// Ties go to the first option in `options` (BuildKit iterates a Go map, so its tie-break varies).
  static func closest(to value: String, in options: [String], caseSensitive: Bool) -> String? {
    closest(to: value, in: Options(options, caseSensitive: caseSensitive))
  }

  /// The closest of prepared `options` to `value`, as `closest(to:in:caseSensitive:)`.
  static func closest(to value: String, in options: Options) -> String? {
    let needle = options.caseSensitive ? value : value.lowercased()
    let needleScalars = Array(needle.unicodeScalars)
    var best: String?
    var bestDistance = 3
    // One pair of rows of the table for every option.
    var rows = ([Int](), [Int]())
    for (candidate, candidateScalars) in options.candidates {
      if candidate == needle { return nil }
      // The distance is at least the difference in length: skip options that cannot win.
      guard abs(candidateScalars.count - needleScalars.count) < bestDistance else { continue }
      let distance = levenshtein(needleScalars, candidateScalars, rows: &rows)
      if distance < bestDistance {
        bestDistance = distance
        best = options.caseSensitive ? candidate : matchCase(candidate, like: value)
      }
    }
    return best
  }

  /// `message` with BuildKit's ` (did you mean X?)` suffix when a suggestion exists.
  static func wrap(_ message: String, value: String, options: [String], caseSensitive: Bool) -> String {
    guard let match = closest(to: value, in: options, caseSensitive: caseSensitive) else { return message }
    return message + " (did you mean " + match + "?)"
  }

  private static func matchCase(_ option: String, like original: String) -> String {
    if original == original.lowercased() { return option.lowercased() }
    if original == original.uppercased() { return option.uppercased() }
    return option
  }

  /// The edit distance of `a` and `b`; `rows` is scratch space, reused between calls.
  private static func levenshtein(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], rows: inout ([Int], [Int])
  ) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = rows.0
    var current = rows.1
    rows = ([], [])
    defer { rows = (previous, current) }
    previous.removeAll(keepingCapacity: true)
    previous.append(contentsOf: 0...b.count)
    current.removeAll(keepingCapacity: true)
    current.append(contentsOf: repeatElement(0, count: b.count + 1))
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
