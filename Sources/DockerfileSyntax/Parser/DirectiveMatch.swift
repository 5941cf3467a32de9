/// BuildKit's directive pattern `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`
/// applied to a line without its leading blanks.
struct DirectiveMatch {
  var name: String
  var value: String
  var valueRange: Range<Int>

  /// Matches the bytes in `range`, or returns nil.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    func isBlank(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
    func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
    var index = range.lowerBound
    let end = range.upperBound
    guard index < end, bytes[index] == UInt8(ascii: "#") else { return nil }
    index += 1
    while index < end, isBlank(bytes[index]) { index += 1 }
    let nameStart = index
    guard index < end, isLetter(bytes[index]) else { return nil }
    while index < end, isLetter(bytes[index]) || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
    let nameEnd = index
    while index < end, isBlank(bytes[index]) { index += 1 }
    guard index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
    index += 1
    let afterEquals = index
    while index < end, isBlank(bytes[index]) { index += 1 }
    if index == end {
      guard end > afterEquals else { return nil }
      index = end - 1
    }
    var valueEnd = end
    while valueEnd > index + 1, isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
    name = GoText.string(bytes, nameStart..<nameEnd).lowercased()
    valueRange = index..<valueEnd
    value = GoText.string(bytes, valueRange)
  }
}
