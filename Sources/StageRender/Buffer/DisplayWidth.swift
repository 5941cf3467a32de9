/// Terminal column widths of scalars, graphemes and strings, independent of the process locale.
///
/// The table is generated from Unicode data by `Scripts/render/generate-width-table.py`.
public enum DisplayWidth {
  /// Columns taken by one scalar: 0 for controls, marks and format characters, 2 for wide and fullwidth ones.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    if value < 0x300 { return 1 }
    var low = 0
    var high = ranges.count / 3 - 1
    while low <= high {
      let middle = (low + high) / 2
      let first = ranges[middle * 3]
      let last = ranges[middle * 3 + 1]
      if value < first {
        high = middle - 1
      } else if value > last {
        low = middle + 1
      } else {
        return Int(ranges[middle * 3 + 2])
      }
    }
    return 1
  }

  /// Columns taken by one grapheme cluster: emoji sequences and flags are 2, otherwise its first scalar
  /// decides.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return of(first) }
    if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
    if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }),
      first.properties.isEmoji
    {
      return 2
    }
    if first.value == 0x0D && scalars.count == 2 { return 0 }
    return of(first)
  }

  /// Columns taken by a string, as the sum of its graphemes' widths.
  public static func of(_ text: String) -> Int {
    if let width = asciiWidth(text) { return width }
    var total = 0
    for character in text {
      if let ascii = character.asciiValue {
        total += ascii >= 0x20 && ascii < 0x7F ? 1 : 0
      } else {
        total += of(character)
      }
    }
    return total
  }

  /// The longest prefix of `text` that fits in `columns`, with `ellipsis` appended when something was cut.
  public static func truncate(_ text: String, toColumns columns: Int, ellipsis: String = "…") -> String {
    guard columns > 0 else { return "" }
    if let width = asciiWidth(text) {
      if width <= columns { return text }
      let budget = columns - of(ellipsis)
      guard budget >= 0 else { return "" }
      var used = 0
      var kept = 0
      for byte in text.utf8 {
        let width = byte >= 0x20 && byte < 0x7F ? 1 : 0
        if used + width > budget { break }
        used += width
        kept += 1
      }
      return String(decoding: text.utf8.prefix(kept), as: UTF8.self) + ellipsis
    }
    if of(text) <= columns { return text }
    let ellipsisWidth = of(ellipsis)
    let budget = columns - ellipsisWidth
    guard budget >= 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let width = of(character)
      if used + width > budget { break }
      result.append(character)
      used += width
    }
    return result + ellipsis
  }

  /// The width of `text` when every byte is ASCII (printable characters one column, controls none),
  /// found without breaking it into graphemes; nil when it holds anything else.
  static func asciiWidth(_ text: String) -> Int? {
    var total = 0
    for byte in text.utf8 {
      if byte >= 0x80 { return nil }
      if byte >= 0x20 && byte < 0x7F { total += 1 }
    }
    return total
  }
}
