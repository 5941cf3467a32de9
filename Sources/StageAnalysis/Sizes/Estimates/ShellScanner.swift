import DockerfileInstructions

/// The scanner behind `ShellCommand.split`, over the script's UTF-8 bytes.
///
/// Every byte it looks for is ASCII, and no byte of a multi-byte UTF-8 sequence is, so
/// scanning bytes finds the same places as scanning characters; a character after an escape
/// is copied whole.
///
/// A `$NAME` or `${NAME}` whose name is in `variables` is replaced by its value, as the shell
/// of the `RUN` would: split into words where it stands unquoted, kept whole inside double
/// quotes. Any other substitution is kept verbatim.
struct ShellScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let variables: ExpansionEnvironment
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, variables: ExpansionEnvironment = ExpansionEnvironment()) {
    self.bytes = bytes
    self.variables = variables
  }

  mutating func commands() -> [ShellCommand] {
    var result: [ShellCommand] = []
    var current = ShellCommand(assignments: [], words: [], redirectTargets: [])
    func finish() {
      if !current.words.isEmpty || !current.redirectTargets.isEmpty {
        result.append(current)
      }
      current = ShellCommand(assignments: [], words: [], redirectTargets: [])
    }
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\\") where peek(1) == UInt8(ascii: "\n"):
        position += 2
      case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "("),
        UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
        if byte == UInt8(ascii: "&"), peek(1) == UInt8(ascii: ">") {
          position += 1
          continue
        }
        position += 1
        finish()
      case UInt8(ascii: "#") where current.words.isEmpty:
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
      case UInt8(ascii: ">"), UInt8(ascii: "<"):
        let isOutput = byte == UInt8(ascii: ">")
        if position > 0, followsNumber(position), let last = current.words.last, last.text.allSatisfy(\.isNumber) {
          current.words.removeLast()
        }
        position += 1
        var duplicates = false
        while position < bytes.count,
          bytes[position] == UInt8(ascii: ">") || bytes[position] == UInt8(ascii: "&")
            || bytes[position] == UInt8(ascii: "|")
        {
          duplicates = duplicates || bytes[position] == UInt8(ascii: "&")
          position += 1
        }
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
          position += 1
        }
        var targetFields: [ShellCommand.Word] = []
        fields(splitting: false, into: &targetFields)
        let target = targetFields.first ?? ShellCommand.Word(text: "", hasExpansion: false)
        if isOutput && !duplicates && !Self.discardTargets.contains(target.text) {
          current.redirectTargets.append(target)
        }
      default:
        guard current.words.isEmpty else {
          fields(splitting: true, into: &current.words)
          continue
        }
        // The first fields go straight into the command's words (room for a typical command
        // reserved once); leading assignments among them move out to `assignments`.
        current.words.reserveCapacity(8)
        fields(splitting: !startsWithAssignment(), into: &current.words)
        let leading = current.words.prefix { isAssignment($0.text) }.count
        if leading > 0 {
          current.assignments.append(contentsOf: current.words[..<leading].map(\.text))
          current.words.removeFirst(leading)
        }
      }
    }
    finish()
    return result
  }

  /// Redirection targets that write no file.
  static let discardTargets: Set<String> = ["/dev/null", "/dev/stdout", "/dev/stderr"]

  private func peek(_ offset: Int) -> UInt8? {
    position + offset < bytes.count ? bytes[position + offset] : nil
  }

  /// Whether the character before `index` is numeric (`2>` names a descriptor).
  private func followsNumber(_ index: Int) -> Bool {
    let previous = bytes[index - 1]
    if previous < 0x80 { return previous >= 0x30 && previous <= 0x39 }
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    return text.unicodeScalars.last?.properties.numericType != nil
  }

  private func isAssignment(_ text: String) -> Bool {
    let utf8 = text.utf8
    if let equals = utf8.firstIndex(of: UInt8(ascii: "=")) {
      // ASCII name bytes before an `=` followed by ASCII (or nothing) form the same characters,
      // so the byte test answers exactly; anything else takes the character test below.
      let next = utf8.index(after: equals)
      if utf8[..<equals].allSatisfy({ $0 < 0x80 }), next == utf8.endIndex || utf8[next] < 0x80 {
        return equals != utf8.startIndex && utf8[..<equals].allSatisfy { isNameByte($0, first: false) }
      }
    } else {
      return false
    }
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return false }
    return text[..<equals].utf8.allSatisfy { byte in
      byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        || (byte >= 0x30 && byte <= 0x39)
    } || text[..<equals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
  }

  /// The number of bytes of the character starting at `index`.
  private func characterWidth(at index: Int) -> Int {
    let lead = bytes[index]
    let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return min(width, bytes.count - index)
  }

  /// Copies the character at `index` to `text`; returns its width.
  private func copyCharacter(at index: Int, to text: inout [UInt8]) -> Int {
    let width = characterWidth(at: index)
    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
    return width
  }

  /// Reads one word and splits it into the fields the shell would pass: quotes are removed,
  /// known variables replaced, other substitutions kept verbatim. An unquoted variable that
  /// expands to nothing leaves no field. Without `splitting` (an assignment, a redirection
  /// target) values are kept whole, as the shell keeps them. The fields are appended to `result`.
  ///
  /// A field is the bytes gathered in `text` followed by the bytes from `verbatim` to `position`,
  /// which stand in the script as they are; a plain word never copies into `text` at all.
  private mutating func fields(splitting: Bool, into result: inout [ShellCommand.Word]) {
    var text: [UInt8] = []
    var verbatim = position
    var expansion = false
    var quoted = false
    /// Moves the verbatim bytes read so far into `text` before something else is added.
    func settle() {
      if verbatim < position {
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[verbatim..<position]))
      }
      verbatim = position
    }
    func flush() {
      let word: String
      if text.isEmpty {
        word = String(decoding: UnsafeBufferPointer(rebasing: bytes[verbatim..<position]), as: UTF8.self)
      } else {
        settle()
        word = String(decoding: text, as: UTF8.self)
      }
      if !word.isEmpty || quoted {
        result.append(ShellCommand.Word(text: word, hasExpansion: expansion))
      }
      text.removeAll(keepingCapacity: true)
      verbatim = position
      expansion = false
      quoted = false
    }
    /// The last byte of the field read so far.
    func lastByte() -> UInt8? {
      verbatim < position ? bytes[position - 1] : text.last
    }
    scan: while position < bytes.count {
      // Most bytes of a word are plain: pass them in a tight loop before the full switch.
      while position < bytes.count, !Self.isSpecial(bytes[position]) { position += 1 }
      guard position < bytes.count else { break }
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "&"),
        UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "("), UInt8(ascii: ")"):
        if byte == UInt8(ascii: "("), lastByte() == UInt8(ascii: "$") { break }
        break scan
      case UInt8(ascii: "\\"):
        settle()
        if position + 1 < bytes.count {
          if bytes[position + 1] != UInt8(ascii: "\n") {
            position += 1 + copyCharacter(at: position + 1, to: &text)
          } else {
            position += 2
          }
        } else {
          position += 1
        }
        verbatim = position
        continue
      case UInt8(ascii: "'"):
        quoted = true
        settle()
        position += 1
        verbatim = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "'") { position += 1 }
        settle()
        position = min(position + 1, bytes.count)
        verbatim = position
        continue
      case UInt8(ascii: "\""):
        quoted = true
        settle()
        position += 1
        verbatim = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
          if bytes[position] == UInt8(ascii: "\\"), position + 1 < bytes.count {
            settle()
            position += 1 + copyCharacter(at: position + 1, to: &text)
            verbatim = position
            continue
          }
          if bytes[position] == UInt8(ascii: "$") {
            settle()
            if let value = knownVariable() {
              text.append(contentsOf: value.utf8)
              verbatim = position
              continue
            }
          }
          if bytes[position] == UInt8(ascii: "$") || bytes[position] == UInt8(ascii: "`") { expansion = true }
          position += 1
        }
        settle()
        position = min(position + 1, bytes.count)
        verbatim = position
        continue
      case UInt8(ascii: "$"):
        settle()
        if let value = knownVariable() {
          verbatim = position
          for valueByte in value.utf8 {
            if splitting,
              valueByte == UInt8(ascii: " ") || valueByte == UInt8(ascii: "\t") || valueByte == UInt8(ascii: "\n")
            {
              if !text.isEmpty { flush() }
            } else {
              text.append(valueByte)
            }
          }
          continue
        }
        expansion = true
      case UInt8(ascii: "`"):
        expansion = true
      default:
        break
      }
      if byte == UInt8(ascii: "(") {
        skipBalanced()
        continue
      }
      position += 1
    }
    flush()
  }

  /// The ASCII bytes below 64 that end or change a word, one bit each: tab, newline, space,
  /// `"`, `$`, `&`, `'`, `(`, `)`, `;`, `<`, `>`.
  /// (Bits 0x09, 0x0A, 0x20, 0x22, 0x24, 0x26–0x29, 0x3B, 0x3C, 0x3E; a literal, so no lazy global.)
  private static var specialBelow64: UInt64 { 0x5800_03D5_0000_0600 }
  /// The same for bytes 64 to 127: `\`, backquote, `|` (bits 0x5C, 0x60, 0x7C less 64).
  private static var specialBelow128: UInt64 { 0x1000_0001_1000_0000 }

  /// Whether `fields` must look at `byte` (any other byte is part of the word as it stands).
  @inline(__always)
  private static func isSpecial(_ byte: UInt8) -> Bool {
    if byte < 64 { return specialBelow64 >> byte & 1 != 0 }
    if byte < 128 { return specialBelow128 >> (byte - 64) & 1 != 0 }
    return false
  }

  /// The value of the `$NAME` or `${NAME}` at `position` when `variables` holds it, moving past
  /// the reference; nil (and no move) for anything else.
  private mutating func knownVariable() -> String? {
    var end = position + 1
    let braced = end < bytes.count && bytes[end] == UInt8(ascii: "{")
    if braced { end += 1 }
    let start = end
    while end < bytes.count, isNameByte(bytes[end], first: end == start) { end += 1 }
    guard end > start else { return nil }
    if braced {
      guard end < bytes.count, bytes[end] == UInt8(ascii: "}") else { return nil }
      end += 1
    }
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(braced ? end - 1 : end)]), as: UTF8.self)
    guard let value = variables.value(of: name) else { return nil }
    position = end
    return value
  }

  /// Whether the text at `position` starts `NAME=`.
  private func startsWithAssignment() -> Bool {
    var index = position
    while index < bytes.count, isNameByte(bytes[index], first: index == position) { index += 1 }
    return index > position && index < bytes.count && bytes[index] == UInt8(ascii: "=")
  }

  private func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      || (!first && byte >= 0x30 && byte <= 0x39)
  }

  /// Moves past `( … )` with nesting, kept verbatim as part of a `$( … )` word.
  private mutating func skipBalanced() {
    var depth = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "(") { depth += 1 }
      if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return }
      }
    }
  }
}
