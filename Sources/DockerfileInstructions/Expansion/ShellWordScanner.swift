/// One pass of the shell lexer over a word; the state behind `ShellWordExpander`.
///
/// Works on UTF-8 bytes: every character with a meaning (`$ { } : ' " \ ` and the
/// operators) is ASCII, so other characters are copied whole and decoded only when
/// a rule depends on their Unicode class (spaces, letters, digits).
struct ShellWordScanner {
  let word: String
  let bytes: [UInt8]
  let environment: ExpansionEnvironment
  let options: ShellWordExpander
  let escapeByte: UInt8?
  var position = 0
  var rawEscapes: Bool
  /// Whether the expanded text is also split into words; off when only the value is wanted.
  let collectsWords: Bool
  /// BuildKit shares one words buffer across nested `processStopOn` calls, so a nested
  /// `${v:-…}` clears the word collected so far; kept to split words as BuildKit does.
  private var wordBuffer: [UInt8] = []
  var referenced: [String] = []
  var unset: [String] = []

  init(word: String, environment: ExpansionEnvironment, options: ShellWordExpander, collectsWords: Bool = true) {
    self.word = word
    self.collectsWords = collectsWords
    self.bytes = Array(word.utf8)
    self.environment = environment
    self.options = options
    self.escapeByte = options.escapeToken.isASCII ? UInt8(options.escapeToken.value) : nil
    self.rawEscapes = options.rawEscapes
  }

  private struct WordCollector {
    var words: [String] = []
    var inWord = false
  }

  // MARK: - Bytes and scalars

  func peekByte() -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  /// Consumes the next character (one UTF-8 sequence), or returns nil at the end.
  mutating func nextCharacter() -> ArraySlice<UInt8>? {
    guard position < bytes.count else { return nil }
    let start = position
    position += scalarLength(at: start)
    return bytes[start..<position]
  }

  /// The length of the UTF-8 sequence starting at `index`.
  func scalarLength(at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0..<0x80: return 1
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    default: length = 4
    }
    return min(length, bytes.count - index)
  }

  func scalar(at index: Int) -> Unicode.Scalar {
    let lead = bytes[index]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let slice = bytes[index..<(index + scalarLength(at: index))]
    return String(decoding: slice, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }

  private func isEscape(at index: Int) -> Bool {
    if let escapeByte { return bytes[index] == escapeByte }
    return bytes[index] >= 0x80 && scalar(at: index) == options.escapeToken
  }

  private func isSpace(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    return CharacterClass.isSpace(scalar(at: index))
  }

  func failure(_ kind: ExpansionError.Kind, at index: Int? = nil) -> ExpansionError {
    ExpansionError(kind: kind, word: word, offset: min(index ?? position, bytes.count))
  }

  // MARK: - Words

  private mutating func addCharacter(_ range: Range<Int>, _ collector: inout WordCollector) {
    addCharacter(bytes[range], space: isSpace(at: range.lowerBound), &collector)
  }

  private mutating func addCharacter(_ character: ArraySlice<UInt8>, space: Bool, _ collector: inout WordCollector) {
    if space && collector.inWord {
      if !wordBuffer.isEmpty {
        collector.words.append(String(decoding: wordBuffer, as: UTF8.self))
        wordBuffer.removeAll(keepingCapacity: true)
        collector.inWord = false
      }
    } else if !space {
      wordBuffer.append(contentsOf: character)
      collector.inWord = true
    }
  }

  /// Adds expanded text character by character, splitting at white space.
  private mutating func addExpanded(_ piece: [UInt8], _ collector: inout WordCollector) {
    var index = 0
    while index < piece.count {
      let byte = piece[index]
      if byte < 0x80 {
        addCharacter(piece[index..<(index + 1)], space: byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), &collector)
        index += 1
        continue
      }
      var end = index + 1
      while end < piece.count && piece[end] & 0xC0 == 0x80 { end += 1 }
      let character = piece[index..<end]
      let scalar = String(decoding: character, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
      addCharacter(character, space: CharacterClass.isSpace(scalar), &collector)
      index = end
    }
  }

  private mutating func finishWords(_ collector: inout WordCollector) -> [String] {
    if !wordBuffer.isEmpty {
      collector.words.append(String(decoding: wordBuffer, as: UTF8.self))
      wordBuffer.removeAll(keepingCapacity: true)
      collector.inWord = false
    }
    return collector.words
  }

  // MARK: - Lexing

  mutating func processStopOn(
    _ stop: UInt8?, rawEscapes: Bool
  ) throws(ExpansionError) -> (String, [String]) {
    let (result, words) = try processBytes(until: stop, rawEscapes: rawEscapes)
    return (String(decoding: result, as: UTF8.self), words)
  }

  private mutating func processBytes(
    until stop: UInt8?, rawEscapes: Bool
  ) throws(ExpansionError) -> ([UInt8], [String]) {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count - position)
    var collector = WordCollector()
    wordBuffer.removeAll(keepingCapacity: true)
    let savedRawEscapes = self.rawEscapes
    self.rawEscapes = rawEscapes
    defer { self.rawEscapes = savedRawEscapes }

    while position < bytes.count {
      let byte = bytes[position]
      if let stop, byte == stop {
        position += 1
        return (result, finishWords(&collector))
      }
      if byte == UInt8(ascii: "$") {
        let piece = try processDollar()
        result.append(contentsOf: piece)
        if collectsWords { addExpanded(piece, &collector) }
        continue
      }
      if !options.skipProcessQuotes && (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")) {
        let piece = byte == UInt8(ascii: "'") ? try processSingleQuote() : try processDoubleQuote()
        result.append(contentsOf: piece)
        if collectsWords {
          wordBuffer.append(contentsOf: piece)
          collector.inWord = true
        }
        continue
      }
      if byte < 0x80 && byte != escapeByte {
        position += 1
        result.append(byte)
        guard collectsWords else { continue }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          if collector.inWord && !wordBuffer.isEmpty {
            collector.words.append(String(decoding: wordBuffer, as: UTF8.self))
            wordBuffer.removeAll(keepingCapacity: true)
            collector.inWord = false
          }
        } else {
          wordBuffer.append(byte)
          collector.inWord = true
        }
        continue
      }
      let start = position
      position += scalarLength(at: start)
      if isEscape(at: start) {
        if self.rawEscapes {
          if collectsWords { wordBuffer.append(contentsOf: bytes[start..<position]) }
          collector.inWord = true
          result.append(contentsOf: bytes[start..<position])
        }
        guard position < bytes.count else { break }
        let escaped = position..<(position + scalarLength(at: position))
        position = escaped.upperBound
        if collectsWords { wordBuffer.append(contentsOf: bytes[escaped]) }
        collector.inWord = true
        result.append(contentsOf: bytes[escaped])
      } else {
        if collectsWords { addCharacter(start..<position, &collector) }
        result.append(contentsOf: bytes[start..<position])
      }
    }
    if let stop {
      throw failure(.unterminated(closing: Character(Unicode.Scalar(stop))))
    }
    return (result, finishWords(&collector))
  }

  private mutating func processSingleQuote() throws(ExpansionError) -> [UInt8] {
    let start = position
    position += 1
    var result: [UInt8] = options.rawQuotes ? [UInt8(ascii: "'")] : []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "'") {
        if options.rawQuotes { result.append(byte) }
        return result
      }
      result.append(byte)
    }
    throw failure(.unterminatedSingleQuote, at: start)
  }

  private mutating func processDoubleQuote() throws(ExpansionError) -> [UInt8] {
    let start = position
    position += 1
    var result: [UInt8] = options.rawQuotes ? [UInt8(ascii: "\"")] : []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        if options.rawQuotes { result.append(byte) }
        return result
      }
      if byte == UInt8(ascii: "$") {
        result.append(contentsOf: try processDollar())
        continue
      }
      if byte < 0x80 && byte != escapeByte {
        position += 1
        result.append(byte)
        continue
      }
      var character = position..<(position + scalarLength(at: position))
      position = character.upperBound
      if isEscape(at: character.lowerBound) {
        if rawEscapes { result.append(contentsOf: bytes[character]) }
        guard position < bytes.count else { continue }
        let following = bytes[position]
        if following == UInt8(ascii: "\"") || following == UInt8(ascii: "$") || isEscape(at: position) {
          character = position..<(position + scalarLength(at: position))
          position = character.upperBound
        }
      }
      result.append(contentsOf: bytes[character])
    }
    throw failure(.unterminatedDoubleQuote, at: start)
  }
}
