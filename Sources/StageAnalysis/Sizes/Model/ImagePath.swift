/// Clean absolute paths inside an image, as BuildKit resolves `COPY` destinations and `WORKDIR`.
enum ImagePath {
  /// `path` made absolute against `directory` and cleaned (`.` and `..` resolved, no trailing slash).
  static func resolve(_ path: String, in directory: String) -> String {
    // Paths already clean come back as they are (or joined as they are); only the rest is rebuilt.
    if path.hasPrefix("/") {
      if isClean(path) { return path }
    } else if !path.isEmpty, isClean(directory), hasCleanComponents(path.utf8) {
      return directory == "/" ? "/" + path : directory + "/" + path
    }
    let joined = path.hasPrefix("/") ? path : directory + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether an absolute path is clean already: no empty, `.` or `..` element, no trailing slash.
  private static func isClean(_ path: String) -> Bool {
    guard path.hasPrefix("/") else { return false }
    let rest = path.utf8.dropFirst()
    return rest.isEmpty || hasCleanComponents(rest)
  }

  /// Whether `/`-separated bytes have only non-empty elements other than `.` and `..`.
  private static func hasCleanComponents(_ bytes: some Sequence<UInt8>) -> Bool {
    var length = 0
    var onlyDots = true
    for byte in bytes {
      if byte == UInt8(ascii: "/") {
        if length == 0 || (onlyDots && length <= 2) { return false }
        length = 0
        onlyDots = true
      } else {
        length += 1
        onlyDots = onlyDots && byte == UInt8(ascii: ".")
      }
    }
    return length > 0 && !(onlyDots && length <= 2)
  }

  /// `name` below `directory`.
  static func join(_ directory: String, _ name: String) -> String {
    if name.isEmpty { return directory }
    return directory == "/" ? "/" + name : directory + "/" + name
  }

  /// The last element of a path.
  static func baseName(_ path: String) -> String {
    // Without a `/` byte there is no `/` character: the path is its own last element.
    guard path.utf8.contains(UInt8(ascii: "/")) else { return path }
    return String(path.split(separator: "/").last ?? "")
  }
}
