/// Clean absolute paths inside an image, as BuildKit resolves `COPY` destinations and `WORKDIR`.
enum ImagePath {
  /// `path` made absolute against `directory` and cleaned (`.` and `..` resolved, no trailing slash).
  static func resolve(_ path: String, in directory: String) -> String {
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

  /// `name` below `directory`.
  static func join(_ directory: String, _ name: String) -> String {
    if name.isEmpty { return directory }
    return directory == "/" ? "/" + name : directory + "/" + name
  }

  /// The last element of a path.
  static func baseName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? "")
  }
}
