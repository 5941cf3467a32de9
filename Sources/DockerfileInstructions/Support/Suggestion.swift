/// BuildKit's "did you mean" hints (`util/suggest`): the closest option within edit distance 2.
enum Suggestion {
  /// The closest option to `value`, or nil when none is close or `value` is itself an option.
  ///
  /// Ties go to the first option in `options` (BuildKit iterates a Go map, so its tie-break varies).
  static func closest(to value: String, in options: [String], caseSensitive: Bool) -> String? {
    let needle = caseSensitive ? value : value.lowercased()
    let needleScalars = Array(needle.unicodeScalars)
    var best: String?
    var bestDistance = 3
    // One set of buffers for every option: the candidate's scalars and two rows of the table.
    var candidateScalars: [Unicode.Scalar] = []
    var rows = ([Int](), [Int]())
    for option in options {
      let candidate = caseSensitive ? option : option.lowercased()
      if candidate == needle { return nil }
      // The distance is at least the difference in length: skip options that cannot win.
      guard abs(candidate.unicodeScalars.count - needleScalars.count) < bestDistance else { continue }
      candidateScalars.removeAll(keepingCapacity: true)
      candidateScalars.append(contentsOf: candidate.unicodeScalars)
      let distance = levenshtein(needleScalars, candidateScalars, rows: &rows)
      if distance < bestDistance {
        bestDistance = distance
        best = caseSensitive ? candidate : matchCase(candidate, like: value)
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
