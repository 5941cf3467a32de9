import StageRender

/// The help overlay's lines, generated from the key table so they never disagree with the keys.
enum HelpText {
  static func lines(keys: KeyTable) -> [Line] {
    var lines: [Line] = []
    for context in KeyContext.allCases {
      let bindings = keys.bindings(in: context)
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append(Line("")) }
      lines.append(Line(context.title, role: .title))
      for binding in bindings {
        lines.append(Line([Span("  " + pad(binding.keyNames, 18), role: .helpKey), Span(binding.summary, role: .text)]))
      }
    }
    lines.append(Line(""))
    lines.append(Line("Size marks: ● measured  ◆ catalog  ~ estimate  ? unknown", role: .textDim))
    return lines
  }
}
