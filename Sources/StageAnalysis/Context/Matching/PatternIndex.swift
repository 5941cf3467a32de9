/// Finds, for a path, the few patterns that could match it, so a matcher
/// with thousands of patterns does not try each one on every path.
///
/// Every pattern is filed under its literal start (a byte trie walked along
/// the path) or, when it starts with a wildcard, under its literal end (a
/// trie walked along the reversed path), or else under its longest literal
/// run (a trie walked from every position of the path); patterns with no
/// literal at all are always candidates. Candidates are then checked exactly.
struct PatternIndex: Sendable {
  private var forward = ByteTrie()
  private var backward = ByteTrie()
  /// Programs filed under a literal run that must occur somewhere in the path.
  private var inner = ByteTrie()
  /// Exact patterns (and the `foo` that `**/foo` also matches) by their text.
  private var exact: [String: [Int32]] = [:]
  private var always: [Int32] = []
  private var hasInner = false

  init(_ patterns: [IgnorePattern]) {
    for (offset, pattern) in patterns.enumerated() {
      let id = Int32(offset)
      switch pattern.kind {
      case .exact:
        exact[pattern.cleaned, default: []].append(id)
      case .prefix:
        forward.insert(pattern.literalPrefix[...], id: id)
      case .suffix(let suffix):
        backward.insert(pattern.literalSuffix.reversed()[...], id: id)
        if suffix.utf8.first == UInt8(ascii: "/") {
          exact[String(suffix.unicodeScalars.dropFirst()), default: []].append(id)
        }
      case .program:
        if !pattern.literalPrefix.isEmpty {
          forward.insert(pattern.literalPrefix[...], id: id)
        } else if !pattern.literalSuffix.isEmpty {
          backward.insert(pattern.literalSuffix.reversed()[...], id: id)
        } else if !pattern.literalInfix.isEmpty {
          inner.insert(pattern.literalInfix[...], id: id)
          hasInner = true
        } else {
          always.append(id)
        }
      }
    }
  }

  /// Sorted, de-duplicated ids of the patterns that may match `path`.
  func candidates(for path: String) -> [Int32] {
    var found = always
    if let ids = exact[path] { found.append(contentsOf: ids) }
    let bytes = Array(path.utf8)
    forward.collect(along: bytes, into: &found)
    backward.collect(along: bytes.reversed(), into: &found)
    if hasInner {
      for start in bytes.indices {
        inner.collect(along: bytes[start...], into: &found, skippingRoot: true)
      }
    }
    found.sort()
    var unique: [Int32] = []
    unique.reserveCapacity(found.count)
    for id in found where unique.last != id { unique.append(id) }
    return unique
  }
}

/// A byte trie whose nodes carry pattern ids; walking a key collects the ids
/// of every node passed (every stored key that is a prefix of it).
struct ByteTrie: Sendable {
  private var children: [[UInt8: Int32]] = [[:]]
  private var ids: [[Int32]] = [[]]

  mutating func insert<Key: Collection>(_ key: Key, id: Int32) where Key.Element == UInt8 {
    var node = 0
    for byte in key {
      if let child = children[node][byte] {
        node = Int(child)
      } else {
        let child = Int32(children.count)
        children.append([:])
        ids.append([])
        children[node][byte] = child
        node = Int(child)
      }
    }
    ids[node].append(id)
  }

  func collect<Key: Sequence>(along key: Key, into found: inout [Int32], skippingRoot: Bool = false)
  where Key.Element == UInt8 {
    var node = 0
    if !skippingRoot { found.append(contentsOf: ids[node]) }
    for byte in key {
      guard let child = children[node][byte] else { return }
      node = Int(child)
      found.append(contentsOf: ids[node])
    }
  }
}
