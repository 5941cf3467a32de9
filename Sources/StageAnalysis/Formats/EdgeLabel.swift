/// Short labels for edges: copied paths joined and abbreviated for a diagram.
enum EdgeLabel {
  /// `a, b (+3 more) → /dest`, cut to about `limit` characters with `…`.
  static func text(for edge: StageEdge, limit: Int = 40) -> String {
    guard edge.kind != .base else { return "" }
    var shown: [String] = []
    var length = 0
    for path in edge.paths {
      if !shown.isEmpty && length + path.count > limit { break }
      shown.append(abbreviate(path, limit: limit))
      length += path.count + 2
    }
    var label = shown.joined(separator: ", ")
    if shown.count < edge.paths.count { label += " (+\(edge.paths.count - shown.count) more)" }
    if let destination = edge.destination { label += " → " + abbreviate(destination, limit: limit / 2) }
    if edge.viaOnbuild { label = "ONBUILD " + label }
    return label
  }

  /// `text` cut in the middle to at most `limit` characters.
  static func abbreviate(_ text: String, limit: Int) -> String {
    guard text.count > limit, limit > 3 else { return text }
    let head = (limit - 1) / 2
    let tail = limit - 1 - head
    return String(text.prefix(head)) + "…" + String(text.suffix(tail))
  }
}
