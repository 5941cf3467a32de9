/// The part of BuildKit's shell lexer (`shell.Lex.ProcessWords`, escape `\`,
/// no variables set, unset variables kept as written) that decides which
/// words of an instruction are heredoc openers.
struct ShellWordLexer {
  /// A lexing error (an unterminated quote or `${`).
  struct Failure: Error {
    var message: String
  }

  private struct Words {
    var word: [UInt8] = []
    var words: [[UInt8]] = []
    var inWord = false

    mutating func addCharacter(_ character: ArraySlice<UInt8>, isSpace: Bool) {
      if isSpace {
        endWord()
      } else {
        addRaw(character)
      }
    }

    mutating func addByte(_ byte: UInt8, isSpace: Bool) {
      if isSpace {
        endWord()
      } else {
        word.append(byte)
        inWord = true
      }
    }

    /// A space ends the word being read, if it has any bytes.
    private mutating func endWord() {
      if inWord, !word.isEmpty {
        words.append(word)
        word.removeAll()
        inWord = false
      }
    }

    mutating func addRaw<C: Collection>(_ characters: C) where C.Element == UInt8 {
      word.append(contentsOf: characters)
      inWord = true
    }

    mutating func finish() -> [[UInt8]] {
      if !word.isEmpty {
        words.append(word)
        word.removeAll()
        inWord = false
      }
      return words
    }
  }

  private let bytes: [UInt8]
  private var index = 0
  private let rawQuotes: Bool
  private var rawEscapes: Bool
  private static let escape = UInt8(ascii: "\\")

  /// Prepares to split `bytes`; raw modes keep quotes and escapes in the words.
  init(_ bytes: [UInt8], rawQuotes: Bool, rawEscapes: Bool) {
    self.bytes = bytes
    self.rawQuotes = rawQuotes
    self.rawEscapes = rawEscapes
  }

  /// The words of the text.
  mutating func words() throws(Failure) -> [[UInt8]] {
    try process(stopAt: nil, rawEscapes: rawEscapes).words
  }

  private func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// The next character (a whole UTF-8 sequence), consumed.
  private mutating func next() -> ArraySlice<UInt8>? {
    guard index < bytes.count else { return nil }
    let width = bytes.withUnsafeBufferPointer { GoText.decodeRune($0, at: index, end: bytes.count).1 }
    defer { index += width }
    return bytes[index..<(index + width)]
  }

  private func isSpace(_ character: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      GoText.isSpace(GoText.decodeRune(buffer, at: character.startIndex, end: character.endIndex).0)
    }
  }

  private mutating func process(stopAt stop: UInt8?, rawEscapes: Bool) throws(Failure) -> (
    result: [UInt8], words: [[UInt8]]
  ) {
    var result: [UInt8] = []
    var words = Words()
    let savedRawEscapes = self.rawEscapes
    self.rawEscapes = rawEscapes
    defer { self.rawEscapes = savedRawEscapes }
    while let character = peek() {
      if let stop, character == stop {
        index += 1
        return (result, words.finish())
      }
      switch character {
      case UInt8(ascii: "'"):
        let quoted = try singleQuoted()
        result += quoted
        words.addRaw(quoted)
      case UInt8(ascii: "\""):
        let quoted = try doubleQuoted()
        result += quoted
        words.addRaw(quoted)
      case UInt8(ascii: "<"):
        let redirection = heredocOperator()
        result += redirection
        words.addRaw(redirection)
      case UInt8(ascii: "$"):
        let expanded = try dollar()
        result += expanded
        var offset = 0
        while offset < expanded.count {
          let width = expanded.withUnsafeBufferPointer { GoText.decodeRune($0, at: offset, end: expanded.count).1 }
          let piece = expanded[offset..<(offset + width)]
          words.addCharacter(piece, isSpace: expanded.withUnsafeBufferPointer {
            GoText.isSpace(GoText.decodeRune($0, at: offset, end: expanded.count).0)
          })
          offset += width
        }
      case 0x00..<0x80 where character != Self.escape:
        // A plain ASCII character: the common case, taken without slicing.
        index += 1
        words.addByte(character, isSpace: character == 0x20 || (0x09...0x0D).contains(character))
        result.append(character)
      default:
        guard var consumed = next() else { break }
        if consumed.count == 1, consumed.first == Self.escape {
          if rawEscapes {
            words.addRaw(consumed)
            result += consumed
          }
          guard let escaped = next() else { break }
          consumed = escaped
          words.addRaw(consumed)
        } else {
          words.addCharacter(consumed, isSpace: isSpace(consumed))
        }
        result += consumed
      }
    }
    if let stop {
      throw Failure(message: "unexpected end of statement while looking for matching \(Character(Unicode.Scalar(stop)))")
    }
    return (result, words.finish())
  }

  /// `<` alone, or `<<` with the blanks after it, which stay in the word so
  /// that `<< EOF` reads as one heredoc opener.
  private mutating func heredocOperator() -> [UInt8] {
    index += 1
    guard peek() == UInt8(ascii: "<") else { return [UInt8(ascii: "<")] }
    index += 1
    var result = Array("<<".utf8)
    while let blank = peek(), blank == 0x20 || blank == 0x09 {
      result.append(blank)
      index += 1
    }
    return result
  }

  private mutating func singleQuoted() throws(Failure) -> [UInt8] {
    var result: [UInt8] = []
    index += 1
    if rawQuotes { result.append(UInt8(ascii: "'")) }
    while true {
      guard let character = next() else {
        throw Failure(message: "unexpected end of statement while looking for matching single-quote")
      }
      if character.count == 1, character.first == UInt8(ascii: "'") {
        if rawQuotes { result.append(UInt8(ascii: "'")) }
        return result
      }
      result += character
    }
  }

  private mutating func doubleQuoted() throws(Failure) -> [UInt8] {
    var result: [UInt8] = []
    index += 1
    if rawQuotes { result.append(UInt8(ascii: "\"")) }
    while true {
      guard let character = peek() else {
        throw Failure(message: "unexpected end of statement while looking for matching double-quote")
      }
      if character == UInt8(ascii: "\"") {
        index += 1
        if rawQuotes { result.append(character) }
        return result
      }
      if character == UInt8(ascii: "$") {
        result += try dollar()
        continue
      }
      guard var consumed = next() else { continue }
      if consumed.count == 1, consumed.first == Self.escape {
        if rawEscapes { result += consumed }
        guard let following = peek() else { continue }
        if following == UInt8(ascii: "\"") || following == UInt8(ascii: "$") || following == Self.escape {
          consumed = next() ?? consumed
        }
      }
      result += consumed
    }
  }

  private mutating func name() -> [UInt8] {
    var name: [UInt8] = []
    while let character = peek() {
      let isDigit = character >= 0x30 && character <= 0x39
      if name.isEmpty, isDigit {
        while let digit = peek(), digit >= 0x30, digit <= 0x39 {
          name.append(digit)
          index += 1
        }
        return name
      }
      if name.isEmpty, Array("@*#?-$!0".utf8).contains(character) {
        index += 1
        return [character]
      }
      let isLetter = (character | 0x20) >= 0x61 && (character | 0x20) <= 0x7A || character >= 0x80
      guard isLetter || isDigit || character == UInt8(ascii: "_") else { break }
      guard let consumed = next() else { break }
      name += consumed
    }
    return name
  }

  /// A `$` expansion with no variable set: kept as written.
  private mutating func dollar() throws(Failure) -> [UInt8] {
    index += 1
    guard peek() == UInt8(ascii: "{") else {
      return [UInt8(ascii: "$")] + name()
    }
    index += 1
    guard let first = peek() else { throw Failure(message: "syntax error: missing '}'") }
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "}") || first == UInt8(ascii: ":") {
      throw Failure(message: "syntax error: bad substitution")
    }
    let variable = name()
    guard let modifier = next() else { throw Failure(message: "syntax error: missing '}'") }
    var written = Array("${".utf8) + variable
    switch modifier.first {
    case UInt8(ascii: "}"):
      return written + [UInt8(ascii: "}")]
    case UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "#"),
      UInt8(ascii: "%"):
      written += modifier
      var operation = modifier.first
      if operation == UInt8(ascii: ":") {
        guard let second = next() else { throw Failure(message: "syntax error: missing '}'") }
        written += second
        operation = second.first
      }
      let raw = operation == UInt8(ascii: "#") || operation == UInt8(ascii: "%")
      let word = try process(stopAt: UInt8(ascii: "}"), rawEscapes: raw).result
      return written + word + [UInt8(ascii: "}")]
    case UInt8(ascii: "/"):
      if peek() == UInt8(ascii: "/") {
        index += 1
        written.append(UInt8(ascii: "/"))
      }
      let pattern = try process(stopAt: UInt8(ascii: "/"), rawEscapes: true).result
      let replacement = try process(stopAt: UInt8(ascii: "}"), rawEscapes: true).result
      return written + [UInt8(ascii: "/")] + pattern + [UInt8(ascii: "/")] + replacement + [UInt8(ascii: "}")]
    default:
      throw Failure(message: "unsupported modifier in substitution")
    }
  }
}
