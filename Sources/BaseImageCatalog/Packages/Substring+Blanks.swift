extension Substring {
  /// The text without leading and trailing blanks (spaces, tabs and other space separators).
  func trimmingBlanks() -> Substring {
    func isBlank(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
    guard let last = scalars.lastIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
    return Substring(scalars[first...last])
  }
}
