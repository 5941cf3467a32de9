/// Finds, for a path, the few patterns that could match it, so a matcher
/// with thousands of patterns does not try each one on every path.
///
/// Every pattern is filed under its literal start (a byte trie walked along
/// the path) or, when it starts with a wildcard, under its literal end (a
/// trie walked along the reversed path), or else under its longest literal
/// run (a trie walked from every position of the path); patterns with no
/// literal at all are always candidates. Exact patterns (and the `foo` that
/// `**/foo` also matches) are filed in the forward trie as whole keys, found
/// only when the path ends where they do. Candidates are then checked exactly.
struct PatternIndex: Sendable {
  private var forward = ByteTrie()
  private var backward = ByteTrie()
  /// Programs filed under a literal run that must occur somewhere in the path.
  private var inner = ByteTrie()
  private var always: [Int32] = []
  private var hasInner = false

  init(_ patterns: [IgnorePattern]) {
    for (offset, pattern) in patterns.enumerated() {
      let id = Int32(offset)
      switch pattern.kind {
      case .exact:
        forward.insert(pattern.cleaned.utf8, id: id, wholeKey: true)
      case .prefix:
        forward.insert(pattern.literalPrefix[...], id: id)
      case .suffix(let suffix):
        backward.insert(pattern.literalSuffix.reversed()[...], id: id)
        if suffix.utf8.first == UInt8(ascii: "/") {
          forward.insert(suffix.utf8.dropFirst(), id: id, wholeKey: true)
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
    forward.collect(along: path.utf8, into: &found)
    backward.collect(along: path.utf8.reversed(), into: &found)
    if hasInner {
      let bytes = Array(path.utf8)
      for start in bytes.indices {
        inner.collect(along: bytes[start...], into: &found, skippingRoot: true)
      }
    }
    guard found.count > 1 else { return found }
    found.sort()
    var kept = 1
    for position in 1..<found.count where found[position] != found[kept - 1] {
      found[kept] = found[position]
      kept += 1
    }
    found.removeLast(found.count - kept)
    return found
  }
}

/// A byte trie whose nodes carry pattern ids; walking a key collects the ids
/// of every node passed (every stored key that is a prefix of it), and the
/// ids stored as whole keys at the node where the key ends.
struct ByteTrie: Sendable {
  /// Each node's outgoing bytes and, at the same positions, the nodes they lead to (few per
  /// node, so a scan beats hashing).
  private var bytes: [[UInt8]] = [[]]
  private var targets: [[Int32]] = [[]]
  private var ids: [[Int32]] = [[]]
  private var wholeKeyIDs: [[Int32]] = [[]]

  mutating func insert<Key: Collection>(_ key: Key, id: Int32, wholeKey: Bool = false)
  where Key.Element == UInt8 {
    var node = 0
    for byte in key {
      if let position = bytes[node].firstIndex(of: byte) {
        node = Int(targets[node][position])
      } else {
        let child = Int32(bytes.count)
        bytes.append([])
        targets.append([])
        ids.append([])
        wholeKeyIDs.append([])
        bytes[node].append(byte)
        targets[node].append(child)
        node = Int(child)
      }
    }
    if wholeKey {
      wholeKeyIDs[node].append(id)
    } else {
      ids[node].append(id)
    }
  }

  func collect<Key: Sequence>(along key: Key, into found: inout [Int32], skippingRoot: Bool = false)
  where Key.Element == UInt8 {
    var node = 0
    if !skippingRoot { found.append(contentsOf: ids[node]) }
    for byte in key {
      guard let position = bytes[node].firstIndex(of: byte) else { return }
      node = Int(targets[node][position])
      found.append(contentsOf: ids[node])
    }
    found.append(contentsOf: wholeKeyIDs[node])
  }
}
