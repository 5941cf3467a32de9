/// Go's `path/filepath.Match` on Unix, the matcher BuildKit uses for `COPY`
/// wildcard sources and for checking `.dockerignore` pattern syntax.
///
/// `*` matches any run of non-`/` characters, `?` one non-`/` character,
/// `[...]` a class (`^` negates, `a-z` ranges, `\` escapes; a class can match
/// `/`), `\c` the character `c`. A malformed pattern is an error even when the
/// name fails to match earlier, as in Go since 1.16.
public enum FilepathMatch {
  /// The error Go reports for a malformed pattern (`filepath.ErrBadPattern`).
  public struct BadPattern: Error, Equatable, Sendable, CustomStringConvertible {
    /// Go's message for the error.
    public var description: String { "syntax error in pattern" }
  }

  /// Whether `name` matches `pattern`, or ``BadPattern`` for a malformed pattern.
  public static func matches(_ pattern: String, _ name: String) throws(BadPattern) -> Bool {
    try matches(pattern: Array(pattern.unicodeScalars), name: Array(name.unicodeScalars))
  }

  /// Whether `pattern` is well formed (Go's `Match(pattern, ".")` returns no error).
  public static func isValid(_ pattern: String) -> Bool {
    (try? matches(pattern, ".")) != nil
  }

  /// Whether an element of a `COPY` source contains an unescaped `*`, `?` or `[`
  /// (fsutil's `containsWildcards`).
  public static func containsWildcards(_ text: String) -> Bool {
    var escaped = false
    for scalar in text.unicodeScalars {
      if escaped {
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else if scalar == "*" || scalar == "?" || scalar == "[" {
        return true
      }
    }
    return false
  }

  static func matches(pattern fullPattern: [Unicode.Scalar], name fullName: [Unicode.Scalar])
    throws(BadPattern)
    -> Bool
  {
    var pattern = fullPattern[...]
    var name = fullName[...]
    nextChunk: while !pattern.isEmpty {
      let (star, chunk, rest) = scanChunk(pattern)
      pattern = rest
      if star && chunk.isEmpty {
        return !name.contains("/")
      }
      if let remainder = try matchChunk(chunk, name), remainder.isEmpty || !pattern.isEmpty {
        name = remainder
        continue
      }
      if star {
        var offset = name.startIndex
        while offset < name.endIndex && name[offset] != "/" {
          if let remainder = try matchChunk(chunk, name[(offset + 1)...]) {
            if pattern.isEmpty && !remainder.isEmpty {
              offset += 1
              continue
            }
            name = remainder
            continue nextChunk
          }
          offset += 1
        }
      }
      while !pattern.isEmpty {
        let (_, chunk, rest) = scanChunk(pattern)
        pattern = rest
        _ = try matchChunk(chunk, [][...])
      }
      return false
    }
    return name.isEmpty
  }

  private typealias Scalars = ArraySlice<Unicode.Scalar>

  private static func scanChunk(_ input: Scalars) -> (star: Bool, chunk: Scalars, rest: Scalars) {
    var pattern = input
    var star = false
    while pattern.first == "*" {
      pattern = pattern.dropFirst()
      star = true
    }
    var inRange = false
    var index = pattern.startIndex
    scan: while index < pattern.endIndex {
      switch pattern[index] {
      case "\\":
        if index + 1 < pattern.endIndex { index += 1 }
      case "[":
        inRange = true
      case "]":
        inRange = false
      case "*":
        if !inRange { break scan }
      default:
        break
      }
      index += 1
    }
    return (star, pattern[..<index], pattern[index...])
  }

  /// Matches one chunk at the start of `input`; the unmatched rest, or nil.
  private static func matchChunk(_ chunkInput: Scalars, _ input: Scalars) throws(BadPattern) -> Scalars? {
    var chunk = chunkInput
    var text = input
    var failed = false
    while let head = chunk.first {
      if !failed && text.isEmpty { failed = true }
      switch head {
      case "[":
        var scalar: Unicode.Scalar = "\u{0}"
        if !failed {
          scalar = text.removeFirst()
        }
        chunk = chunk.dropFirst()
        var negated = false
        if chunk.first == "^" {
          negated = true
          chunk = chunk.dropFirst()
        }
        var matched = false
        var ranges = 0
        while true {
          if chunk.first == "]" && ranges > 0 {
            chunk = chunk.dropFirst()
            break
          }
          let low = try escapedScalar(&chunk)
          var high = low
          if chunk.first == "-" {
            chunk = chunk.dropFirst()
            high = try escapedScalar(&chunk)
          }
          if low <= scalar && scalar <= high { matched = true }
          ranges += 1
        }
        if matched == negated { failed = true }
      case "?":
        if !failed {
          if text.first == "/" { failed = true }
          text = text.dropFirst()
        }
        chunk = chunk.dropFirst()
      case "\\":
        chunk = chunk.dropFirst()
        guard let escaped = chunk.first else { throw BadPattern() }
        if !failed {
          if escaped != text.first { failed = true }
          text = text.dropFirst()
        }
        chunk = chunk.dropFirst()
      default:
        if !failed {
          if head != text.first { failed = true }
          text = text.dropFirst()
        }
        chunk = chunk.dropFirst()
      }
    }
    return failed ? nil : text
  }

  /// Reads one possibly escaped class character (Go's `getEsc`).
  private static func escapedScalar(_ chunk: inout Scalars) throws(BadPattern) -> Unicode.Scalar {
    guard let first = chunk.first, first != "-", first != "]" else { throw BadPattern() }
    if first == "\\" {
      chunk = chunk.dropFirst()
      guard !chunk.isEmpty else { throw BadPattern() }
    }
    let scalar = chunk.removeFirst()
    if chunk.isEmpty { throw BadPattern() }
    return scalar
  }
}
