/// BuildKit's "did you mean" hints (`util/suggest`): the closest name within an edit distance of two.
public enum NameSuggestion {
  /// The closest option to `value`, or nil when none is close enough or `value` is itself an option.
  public static func closest(to value: String, in options: [String], caseSensitive: Bool = true) -> String? {
    guard !value.isEmpty else { return nil }
    let needle = Array((caseSensitive ? value : value.lowercased()).unicodeScalars)
    var best: String?
    var bestDistance = Int.max
    for option in options {
      let candidate = Array((caseSensitive ? option : option.lowercased()).unicodeScalars)
      if candidate == needle { return nil }
      let distance = editDistance(needle, candidate)
      if distance < bestDistance {
        bestDistance = distance
        best = option
      }
    }
    guard let best, bestDistance <= 2, bestDistance < needle.count else { return nil }
    return best
  }

  /// `message` followed by ` (did you mean X?)` when a close option exists.
  static func wrap(_ message: String, value: String, options: [String], prefix: String = "") -> String {
    guard let match = closest(to: value, in: options) else { return message }
    return message + " (did you mean \(prefix)\(match)?)"
  }

  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
