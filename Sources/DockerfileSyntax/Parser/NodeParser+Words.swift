extension NodeParser {
  /// BuildKit's `parseWords`: blank-separated words with quotes and escape
  /// sequences kept as written (a final lone escape character is dropped).
  func parseWords(_ rest: Range<Int>) -> [(text: [UInt8]?, range: Range<Int>)] {
    enum Phase { case spaces, word, quote }
    var words: [(text: [UInt8]?, range: Range<Int>)] = []
    var exact = true
    var phase = Phase.spaces
    var word: [UInt8] = []
    var wordStart = rest.lowerBound
    var quote: UInt32 = 0
    var blankOK = false
    let end = rest.upperBound
    let escape = UInt32(escapeToken)
    var position = rest.lowerBound
    var scalar: UInt32 = 0
    var width = 0

    // Words are kept as written, so most are a span of the line; the bytes
    // are copied only once a word stops being one (an invalid UTF-8 byte,
    // a dropped final escape).
    func appendRune(at index: Int, _ scalar: UInt32, _ width: Int) {
      if scalar == 0xFFFD, width == 1 {
        if exact {
          word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
          exact = false
        }
        word.append(contentsOf: [0xEF, 0xBF, 0xBD])
      } else if !exact {
        word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
      }
    }
    func dropFinalEscape(at index: Int) {
      if exact {
        word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
        exact = false
      }
    }
    func finish(_ end: Int) {
      if exact {
        if end > wordStart || blankOK { words.append((nil, wordStart..<end)) }
      } else if blankOK || !word.isEmpty {
        words.append((word, wordStart..<end))
      }
      word.removeAll(keepingCapacity: true)
      exact = true
    }

    while position <= end {
      if position != end {
        (scalar, width) = GoText.decodeRune(bytes, at: position, end: end)
      }
      if phase == .spaces {
        if position == end { break }
        if GoText.isSpace(scalar) {
          position += width
          continue
        }
        phase = .word
        wordStart = position
      }
      if position == end {
        finish(end)
        break
      }
      if phase == .word {
        if GoText.isSpace(scalar) {
          phase = .spaces
          finish(position)
          blankOK = false
          position += width
          continue
        }
        if scalar == 0x27 || scalar == 0x22 {
          quote = scalar
          blankOK = true
          phase = .quote
        }
        if scalar == escape {
          if position + width == end {
            dropFinalEscape(at: position)
            position += width
            continue
          }
          appendRune(at: position, scalar, width)
          position += width
          (scalar, width) = GoText.decodeRune(bytes, at: position, end: end)
        }
        appendRune(at: position, scalar, width)
        position += width
        continue
      }
      if scalar == quote {
        phase = .word
      }
      if scalar == escape, quote != 0x27 {
        if position + width == end {
          dropFinalEscape(at: position)
          phase = .word
          position += width
          continue
        }
        appendRune(at: position, scalar, width)
        position += width
        (scalar, width) = GoText.decodeRune(bytes, at: position, end: end)
      }
      appendRune(at: position, scalar, width)
      position += width
    }
    return words
  }

  /// `parseWords` with the words decoded.
  func parseWords(_ rest: Range<Int>) -> [ParsedNode.Value] {
    let words: [(text: [UInt8]?, range: Range<Int>)] = parseWords(rest)
    return words.map { word in
      guard let text = word.text else { return value(word.range) }
      return ParsedNode.Value(text: String(decoding: text, as: UTF8.self), range: word.range)
    }
  }


  /// BuildKit's `parseNameVal` for `ENV` and `LABEL`: name, value and
  /// separator triples, in the `name=value …` form or the legacy
  /// `name value` form (whose separator is reported as the empty string).
  func parseNameValue(_ node: inout ParsedNode, _ rest: Range<Int>, key: String) throws(NodeFailure) {
    let words: [(text: [UInt8]?, range: Range<Int>)] = parseWords(rest)
    guard let first = words.first else { return }
    let equals = UInt8(ascii: "=")
    let firstHasEquals = first.text.map { $0.contains(equals) } ?? bytes[first.range].contains(equals)
    guard firstHasEquals else {
      var split = rest.lowerBound
      while split < rest.upperBound, !GoText.isSplitBlank(bytes[split]) {
        split += 1
      }
      var valueStart = split
      while valueStart < rest.upperBound, GoText.isSplitBlank(bytes[valueStart]) {
        valueStart += 1
      }
      guard split < rest.upperBound else {
        throw NodeFailure(
          message: Diagnostic.Message.mustHaveTwoArguments(key), range: rest, code: "missing-value")
      }
      node.values = [
        value(rest.lowerBound..<split), value(valueStart..<rest.upperBound),
        ParsedNode.Value(text: "", range: nil),
      ]
      return
    }
    var values: [ParsedNode.Value] = []
    values.reserveCapacity(words.count * 3)
    for word in words {
      guard let text = word.text else {
        guard let split = bytes[word.range].firstIndex(of: equals) else {
          throw NodeFailure(
            message: Diagnostic.Message.missingEquals(GoText.string(bytes, word.range)),
            range: word.range, code: "missing-equals")
        }
        values.append(value(word.range.lowerBound..<split))
        values.append(value((split + 1)..<word.range.upperBound))
        values.append(ParsedNode.Value(text: "=", range: split..<(split + 1)))
        continue
      }
      guard let index = text.firstIndex(of: equals) else {
        throw NodeFailure(
          message: Diagnostic.Message.missingEquals(String(decoding: text, as: UTF8.self)),
          range: word.range, code: "missing-equals")
      }
      values.append(ParsedNode.Value(text: String(decoding: text[..<index], as: UTF8.self), range: nil))
      values.append(ParsedNode.Value(text: String(decoding: text[(index + 1)...], as: UTF8.self), range: nil))
      values.append(ParsedNode.Value(text: "=", range: nil))
    }
    node.values = values
  }
}
