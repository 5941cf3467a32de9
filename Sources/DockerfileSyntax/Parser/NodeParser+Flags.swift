extension NodeParser {
  /// BuildKit's `extractBuilderFlags`: appends the `--name=value` words at
  /// the start of the arguments to `flags` and returns where the remaining
  /// arguments start.
  ///
  /// Like BuildKit, this reads single bytes as runes: quotes and backslashes
  /// are removed from the words, and bytes above 0x7F come out as the
  /// Latin-1 characters of the same value.
  func extractBuilderFlags(_ line: Range<Int>, into flags: inout [ParsedNode.Flag]) -> Int {
    var first = line.lowerBound
    while first < line.upperBound, GoText.isByteSpace(bytes[first]) {
      first += 1
    }
    guard first + 1 < line.upperBound, bytes[first] == UInt8(ascii: "-"), bytes[first + 1] == UInt8(ascii: "-") else {
      return first
    }
    enum Phase { case spaces, word, quote }
    flags.reserveCapacity(2)
    var phase = Phase.spaces
    var word: [UInt8] = []
    var wordStart = line.lowerBound
    var quote: UInt8 = 0
    var blankOK = false
    let end = line.upperBound
    var position = line.lowerBound

    func append(_ byte: UInt8) {
      if byte < 0x80 {
        word.append(byte)
      } else {
        word.append(0xC0 | (byte >> 6))
        word.append(0x80 | (byte & 0x3F))
      }
    }
    func finishWord(at index: Int) {
      flags.append(ParsedNode.Flag(text: String(decoding: word, as: UTF8.self), range: wordStart..<index))
    }
    let isDoubleDash: ([UInt8]) -> Bool = { $0.count == 2 && $0[0] == 0x2D && $0[1] == 0x2D }

    while position <= end {
      let byte: UInt8 = position < end ? bytes[position] : 0
      if phase == .spaces {
        if position == end { break }
        if GoText.isByteSpace(byte) {
          position += 1
          continue
        }
        guard byte == UInt8(ascii: "-"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "-") else {
          return position
        }
        phase = .word
        wordStart = position
        // The common flag (`--from=build`): printable ASCII without quotes or
        // escapes up to a blank or the end, kept exactly as written.
        var plainEnd = position
        while plainEnd < end, Self.isPlainFlagByte(bytes[plainEnd]) {
          plainEnd += 1
        }
        if plainEnd == end || GoText.isByteSpace(bytes[plainEnd]) {
          if plainEnd - position == 2 {
            // A lone `--` ends the flags; the arguments start after it.
            return plainEnd
          }
          let written = position..<plainEnd
          flags.append(ParsedNode.Flag(text: GoText.string(bytes, written), range: written))
          if plainEnd == end { return end }
          phase = .spaces
          position = plainEnd + 1
          continue
        }
      }
      if position == end {
        if !isDoubleDash(word), blankOK || !word.isEmpty {
          finishWord(at: end)
        }
        break
      }
      if phase == .word {
        if GoText.isByteSpace(byte) {
          phase = .spaces
          if isDoubleDash(word) {
            return position
          }
          if blankOK || !word.isEmpty {
            finishWord(at: position)
          }
          word.removeAll(keepingCapacity: true)
          blankOK = false
          position += 1
          continue
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
          quote = byte
          blankOK = true
          phase = .quote
          position += 1
          continue
        }
        var character = byte
        if byte == UInt8(ascii: "\\") {
          if position + 1 == end {
            position += 1
            continue
          }
          position += 1
          character = bytes[position]
        }
        append(character)
        position += 1
        continue
      }
      if byte == quote {
        phase = .word
        position += 1
        continue
      }
      var character = byte
      if byte == UInt8(ascii: "\\") {
        if position + 1 == end {
          phase = .word
          position += 1
          continue
        }
        position += 1
        character = bytes[position]
      }
      append(character)
      position += 1
    }
    return end
  }

  /// Whether a flag byte is kept as it is: printable ASCII other than quotes and the backslash.
  private static func isPlainFlagByte(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\"")
      && byte != UInt8(ascii: "\\")
  }
}
