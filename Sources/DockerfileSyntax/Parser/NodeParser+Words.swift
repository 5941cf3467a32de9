extension NodeParser {
  /// Where `scanWords` is within the text.
  private enum WordPhase { case spaces, word, quote }

  /// BuildKit's `parseWords`: blank-separated words with quotes and escape
  /// sequences kept as written (a final lone escape character is dropped).
  ///
  /// Each word goes to `body` with its bytes when they differ from the
  /// written span (nil when the word is exactly `bytes[range]`).
  func scanWords<Failure: Error>(
    _ rest: Range<Int>, _ body: (_ text: [UInt8]?, _ range: Range<Int>) throws(Failure) -> Void
  ) throws(Failure) {
    var failure: Failure?
    var exact = true
    var phase = WordPhase.spaces
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
      guard failure == nil else { return }
      do throws(Failure) {
        if exact {
          if end > wordStart || blankOK { try body(nil, wordStart..<end) }
        } else if blankOK || !word.isEmpty {
          try body(word, wordStart..<end)
        }
      } catch {
        failure = error
      }
      word.removeAll(keepingCapacity: true)
      exact = true
    }

    let escapeByte = escapeToken
    while position <= end {
      if phase != .spaces {
        // Runs of ASCII bytes that are kept as they are, taken at once.
        let runStart = position
        let closing = UInt8(truncatingIfNeeded: quote)
        while position < end {
          let byte = bytes[position]
          let plain =
            phase == .word
            ? byte > 0x20 && byte < 0x80 && byte != 0x22 && byte != 0x27 && byte != escapeByte
            : byte < 0x80 && byte != closing && byte != escapeByte
          guard plain else { break }
          position += 1
        }
        if !exact, position > runStart {
          word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
        }
      }
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
    if let failure { throw failure }
  }

  /// `parseWords` with the words decoded.
  func parseWords(_ rest: Range<Int>) -> [ParsedNode.Value] {
    var values: [ParsedNode.Value] = []
    scanWords(rest) { text, range in
      guard let text else {
        values.append(value(range))
        return
      }
      values.append(ParsedNode.Value(value: String(decoding: text, as: UTF8.self), range: range))
    }
    return values
  }

  /// BuildKit's `parseNameVal` for `ENV` and `LABEL`: name, value and
  /// separator triples, in the `name=value …` form or the legacy
  /// `name value` form (whose separator is reported as the empty string).
  func parseNameValue(_ node: inout ParsedNode, _ rest: Range<Int>, key: String) throws(NodeFailure) {
    let equals = UInt8(ascii: "=")
    var values: [ParsedNode.Value] = []
    var isFirst = true
    var legacy = false
    try scanWords(rest) { (text, range) throws(NodeFailure) in
      if isFirst {
        isFirst = false
        legacy = !(text.map { $0.contains(equals) } ?? bytes[range].contains(equals))
        if !legacy {
          // Three values for each pair; a pair needs an `=`, so their count bounds the pairs.
          values.reserveCapacity(3 * bytes[rest].count { $0 == equals })
        }
      }
      guard !legacy else { return }
      guard let text else {
        guard let split = bytes[range].firstIndex(of: equals) else {
          throw NodeFailure(
            message: Diagnostic.Message.missingEquals(GoText.string(bytes, range)), range: range,
            code: "missing-equals")
        }
        values.append(value(range.lowerBound..<split))
        values.append(value((split + 1)..<range.upperBound))
        values.append(ParsedNode.Value(value: "=", range: split..<(split + 1)))
        return
      }
      guard let index = text.firstIndex(of: equals) else {
        throw NodeFailure(
          message: Diagnostic.Message.missingEquals(String(decoding: text, as: UTF8.self)), range: range,
          code: "missing-equals")
      }
      values.append(ParsedNode.Value(value: String(decoding: text[..<index], as: UTF8.self), range: nil))
      values.append(ParsedNode.Value(value: String(decoding: text[(index + 1)...], as: UTF8.self), range: nil))
      values.append(ParsedNode.Value(value: "=", range: nil))
    }
    guard legacy else {
      node.values = values
      return
    }
    var split = rest.lowerBound
    while split < rest.upperBound, !GoText.isSplitBlank(bytes[split]) {
      split += 1
    }
    var valueStart = split
    while valueStart < rest.upperBound, GoText.isSplitBlank(bytes[valueStart]) {
      valueStart += 1
    }
    guard split < rest.upperBound else {
      throw NodeFailure(message: Diagnostic.Message.mustHaveTwoArguments(key), range: rest, code: "missing-value")
    }
    node.values = [
      value(rest.lowerBound..<split), value(valueStart..<rest.upperBound), ParsedNode.Value(value: "", range: nil),
    ]
  }
}
