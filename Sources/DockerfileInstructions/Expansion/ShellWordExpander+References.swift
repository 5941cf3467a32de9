extension ShellWordExpander {
  /// The value of a word whose only lexer work is plain references (`$NAME`, `${NAME}`) in
  /// ASCII text without quotes or escapes, with the names it found unset; nil when the word
  /// needs the full lexer (any other `$` form, a quote, the escape token, a non-ASCII byte).
  ///
  /// Such words are most of what `FROM`, `ARG` and `ENV` expand, and this reads them in
  /// one pass over their bytes, as the lexer would: a value is inserted as it is.
  func substitutePlainReferences(
    _ word: String, in environment: ExpansionEnvironment
  ) -> (value: String, unset: [String])? {
    guard !skipUnsetEnv, escapeToken.isASCII else { return nil }
    let escape = UInt8(escapeToken.value)
    var contiguous = word
    return contiguous.withUTF8 { bytes -> (value: String, unset: [String])? in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var unset: [String] = []
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x80 || byte == escape || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
          return nil
        }
        guard byte == UInt8(ascii: "$") else {
          output.append(byte)
          index += 1
          continue
        }
        var start = index + 1
        let braced = start < bytes.count && bytes[start] == UInt8(ascii: "{")
        if braced { start += 1 }
        guard start < bytes.count, Self.startsName(bytes[start]) else { return nil }
        var end = start + 1
        while end < bytes.count && Self.continuesName(bytes[end]) { end += 1 }
        if braced {
          guard end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if let value = environment.value(of: name) {
          output.append(contentsOf: value.utf8)
        } else if !unset.contains(name) {
          unset.append(name)
        }
        index = braced ? end + 1 : end
      }
      return (String(decoding: output, as: UTF8.self), unset)
    }
  }

  /// A letter or `_`: a name that is neither positional (a digit) nor special (`$@`, `$#`, …).
  private static func startsName(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
  }

  private static func continuesName(_ byte: UInt8) -> Bool {
    startsName(byte) || (byte >= 0x30 && byte <= 0x39)
  }
}
