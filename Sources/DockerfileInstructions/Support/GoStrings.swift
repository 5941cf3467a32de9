/// Go `strings` helpers whose notion of white space differs from Foundation's.
enum GoStrings {
  /// `strings.TrimSpace`.
  static func trimSpace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !CharacterClass.isSpace($0) }),
      let last = scalars.lastIndex(where: { !CharacterClass.isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
