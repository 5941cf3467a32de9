/// Slash-separated path arithmetic with Go's `path/filepath` semantics on Unix.
///
/// BuildKit cleans every `.dockerignore` pattern and every `COPY` source with
/// `filepath.Clean`; these functions reproduce that behaviour byte for byte so
/// the analyzer sees the same paths the builder sees.
public enum ContextPath {
  /// The shortest path equivalent to `path`, as Go's `filepath.Clean` computes it.
  ///
  /// Repeated slashes collapse, `.` elements vanish, `..` removes the element
  /// before it (and is dropped at the root of a rooted path), a trailing slash
  /// goes; an empty result becomes `.` (or `/` for a rooted path).
  public static func clean(_ path: String) -> String {
    isClean(path) ? path : cleanByElements(path)
  }

  /// ``clean(_:)`` element by element, for paths that need it.
  static func cleanByElements(_ path: String) -> String {
    if path.isEmpty { return "." }
    let rooted = path.utf8.first == slash
    var kept: [Substring] = []
    var leadingParents = 0
    for element in elements(of: path) {
      switch element {
      case ".":
        continue
      case "..":
        if !kept.isEmpty {
          kept.removeLast()
        } else if !rooted {
          leadingParents += 1
        }
      default:
        kept.append(element)
      }
    }
    var parts = [String](repeating: "..", count: leadingParents)
    parts.append(contentsOf: kept.map(String.init))
    let body = parts.joined(separator: "/")
    if rooted { return "/" + body }
    return body.isEmpty ? "." : body
  }

  /// The context-relative form of a `COPY`/`ADD` source: cleaned as if joined
  /// onto `/` (so `..` can never leave the context), without the leading slash.
  ///
  /// The context root itself is returned as the empty string.
  public static func contextRelative(_ source: String) -> String {
    if isClean(source) {
      return source.utf8.first == slash ? String(source.unicodeScalars.dropFirst()) : source
    }
    let rooted = clean("/" + source)
    return String(rooted.unicodeScalars.dropFirst())
  }

  /// Whether ``clean(_:)`` surely returns `path` unchanged, checked on the bytes.
  ///
  /// True for a path that is not empty and has no empty, `.` or `..` element and no trailing
  /// slash (`/` alone counts). Leading `..` elements, which `clean` keeps, answer false.
  static func isClean(_ path: String) -> Bool {
    var length = 0
    var dots = 0
    var isFirst = true
    for byte in path.utf8 {
      defer { isFirst = false }
      if byte == slash {
        if isFirst { continue }
        if length == 0 || (length == dots && dots <= 2) { return false }
        length = 0
        dots = 0
      } else {
        length += 1
        if byte == UInt8(ascii: ".") { dots += 1 }
      }
    }
    if length == 0 { return path.utf8.count == 1 }
    return !(length == dots && dots <= 2)
  }

  /// The elements of a relative path (`""` has none).
  public static func components(_ path: String) -> [String] {
    elements(of: path).map(String.init)
  }

  /// Splits on `/` bytes (never on grapheme clusters), dropping empty elements.
  static func elements(of path: String) -> [Substring] {
    path.utf8.split(separator: slash, omittingEmptySubsequences: true).compactMap { Substring($0) }
  }

  static let slash = UInt8(ascii: "/")

  /// `parent/child`, or `child` when `parent` is the root (`""`).
  public static func join(_ parent: String, _ child: String) -> String {
    if parent.isEmpty { return child }
    if child.isEmpty { return parent }
    return parent + "/" + child
  }

  /// The directory part of a relative path (`""` for a top-level entry).
  public static func parent(of path: String) -> String {
    guard let index = path.utf8.lastIndex(of: slash) else { return "" }
    return String(path[..<index])
  }

  /// The last element of a relative path.
  public static func baseName(of path: String) -> String {
    guard let index = path.utf8.lastIndex(of: slash) else { return path }
    return String(path[path.utf8.index(after: index)...])
  }

  /// Whether `first` sorts before `second` comparing their UTF-8 bytes (the order of directory
  /// listings and of measured entries).
  public static func precedesInByteOrder(_ first: String, _ second: String) -> Bool {
    let contiguous = first.utf8.withContiguousStorageIfAvailable { left in
      second.utf8.withContiguousStorageIfAvailable { right in left.lexicographicallyPrecedes(right) }
    }
    return (contiguous ?? nil) ?? first.utf8.lexicographicallyPrecedes(second.utf8)
  }

  /// Whether `path` is `ancestor` or lies below it (`""` is the root, above everything).
  public static func isWithin(_ path: String, ancestor: String) -> Bool {
    if ancestor.isEmpty { return true }
    return path.utf8.elementsEqual(ancestor.utf8)
      || path.utf8.starts(with: (ancestor + "/").utf8)
  }
}
