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
    // One buffer for every flag word, never grown: a word is at most as long as the line.
    var word: [UInt8] = []
    word.reserveCapacity(line.count)
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
}
