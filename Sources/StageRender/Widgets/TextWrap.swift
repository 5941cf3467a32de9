/// Greedy word wrapping of styled lines to a column width.
public enum TextWrap {
  private struct Unit {
    var character: Character
    var role: ThemeRole
    var width: Int
    var isSpace: Bool { character == " " }
  }

  /// Breaks `line` into lines of at most `width` columns, at spaces where possible; words longer than a line
  /// are split.
  public static func wrap(_ line: Line, width: Int) -> [Line] {
    guard width > 0 else { return [] }
    let units = line.spans.flatMap { span in
      span.text.map { Unit(character: $0, role: span.role, width: DisplayWidth.of($0)) }
    }
    var lines: [[Unit]] = []
    var current: [Unit] = []
    var currentWidth = 0
    var index = 0
    while index < units.count {
      var end = index
      while end < units.count && units[end].isSpace { end += 1 }
      while end < units.count && !units[end].isSpace { end += 1 }
      let word = Array(units[index..<end])
      let wordWidth = word.reduce(0) { $0 + $1.width }
      if currentWidth + wordWidth <= width {
        current += word
        currentWidth += wordWidth
      } else {
        let trimmedWord = Array(word.drop { $0.isSpace })
        let trimmedWidth = trimmedWord.reduce(0) { $0 + $1.width }
        if !current.isEmpty {
          lines.append(current)
        }
        current = []
        currentWidth = 0
        if trimmedWidth <= width {
          current = trimmedWord
          currentWidth = trimmedWidth
        } else {
          for unit in trimmedWord {
            if currentWidth + unit.width > width && !current.isEmpty {
              lines.append(current)
              current = []
              currentWidth = 0
            }
            current.append(unit)
            currentWidth += unit.width
          }
        }
      }
      index = end
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.map(makeLine)
  }

  private static func makeLine(_ units: [Unit]) -> Line {
    var trimmed = units
    while let last = trimmed.last, last.isSpace { trimmed.removeLast() }
    var spans: [Span] = []
    for unit in trimmed {
      if let last = spans.last, last.role == unit.role {
        spans[spans.count - 1].text.append(unit.character)
      } else {
        spans.append(Span(String(unit.character), role: unit.role))
      }
    }
    return Line(spans)
  }
}
