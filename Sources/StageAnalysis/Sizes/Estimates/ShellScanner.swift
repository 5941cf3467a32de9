import DockerfileInstructions

/// The scanner behind `ShellScript.split`, over the script's UTF-8 bytes.
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
  /// The script being built: word bytes, words, redirection targets, commands. `text` starts as
  /// a copy of the script, so a word that stands as written is a range of it; the bytes of
  /// words the scanner changes (quotes removed, variables replaced) are added after it.
  private var text: [UInt8] = []
  private var fields: [ShellScript.Field] = []
  private var targets: [ShellScript.Field] = []
  private var commands: [ShellCommand] = []
  /// The command being read: its assignments start at `commandStart`, its words at `wordStart`
  /// (both in `fields`), its redirection targets at `targetStart`.
  private var commandStart = 0
  private var wordStart = 0
  private var targetStart = 0
  /// The field being read: its bytes gathered in `text` since `fieldStart`, then the bytes from
  /// `verbatim` to `position`, which stand in the script as they are and are copied in one go.
  private var fieldStart = 0
  private var verbatim = 0
  private var expansion = false
  private var quoted = false
  /// Whether the fields being read are redirection targets.
  private var readingTargets = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, variables: ExpansionEnvironment = ExpansionEnvironment()) {
    self.bytes = bytes
    self.variables = variables
  }

  /// Reads the whole script into its simple commands.
  mutating func script() -> ShellScript {
    text.reserveCapacity(bytes.count * 2)
    text.append(contentsOf: bytes)
    // Room for a word every few bytes and a command every few dozen, so the arrays rarely grow.
    fields.reserveCapacity(max(16, bytes.count / 4))
    commands.reserveCapacity(max(4, bytes.count / 32))
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
      case UInt8(ascii: "#") where fields.count == wordStart:
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
      case UInt8(ascii: ">"), UInt8(ascii: "<"):
        let isOutput = byte == UInt8(ascii: ">")
        if position > 0, followsNumber(position), fields.count > wordStart, let last = fields.last, isNumber(last) {
          fields.removeLast()
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
        // Read unsplit, a target is one field at most; an empty one stands as "".
        let textStart = text.count
        let before = targets.count
        readFields(splitting: false, intoTargets: true)
        if targets.count == before {
          targets.append(ShellScript.Field(start: text.count, end: text.count, hasExpansion: false))
        }
        if !isOutput || duplicates || isDiscardTarget(targets[before]) {
          targets.removeSubrange(before...)
          text.removeSubrange(textStart...)
        }
      default:
        guard fields.count == wordStart else {
          readFields(splitting: true, intoTargets: false)
          continue
        }
        // Leading assignments among the first fields move out of the words.
        let first = fields.count
        readFields(splitting: !startsWithAssignment(), intoTargets: false)
        while wordStart < fields.count, wordStart >= first,
          Self.isAssignment(text[fields[wordStart].start..<fields[wordStart].end])
        {
          wordStart += 1
        }
      }
    }
    finish()
    return ShellScript(text: text, fields: fields, targets: targets, commands: commands)
  }

  /// Ends the command being read; assignments alone make no command.
  private mutating func finish() {
    if fields.count > wordStart || targets.count > targetStart {
      commands.append(
        ShellCommand(
          assignments: commandStart..<wordStart, words: wordStart..<fields.count,
          redirectTargets: targetStart..<targets.count))
    } else {
      fields.removeSubrange(commandStart...)
    }
    commandStart = fields.count
    wordStart = commandStart
    targetStart = targets.count
  }

  /// Moves the verbatim bytes read so far into `text` before something else is added.
  private mutating func settle() {
    if verbatim < position {
      text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[verbatim..<position]))
    }
    verbatim = position
  }

  /// Ends the field being read: keeps it unless it is empty and was never quoted.
  private mutating func flush() {
    if text.count == fieldStart, verbatim < position {
      // Nothing gathered: the field is the script's own bytes, already in `text`.
      let field = ShellScript.Field(start: verbatim, end: position, hasExpansion: expansion)
      if readingTargets { targets.append(field) } else { fields.append(field) }
      verbatim = position
      expansion = false
      quoted = false
      return
    }
    settle()
    if text.count > fieldStart || quoted {
      let field = ShellScript.Field(start: fieldStart, end: text.count, hasExpansion: expansion)
      if readingTargets { targets.append(field) } else { fields.append(field) }
    }
    fieldStart = text.count
    expansion = false
    quoted = false
  }

  /// The last byte of the field read so far.
  private func lastByte() -> UInt8? {
    verbatim < position ? bytes[position - 1] : text.count > fieldStart ? text.last : nil
  }

  /// Whether a redirection target writes no file (`/dev/null`, `/dev/stdout`, `/dev/stderr`).
  private func isDiscardTarget(_ field: ShellScript.Field) -> Bool {
    let target = text[field.start..<field.end]
    return target.elementsEqual("/dev/null".utf8) || target.elementsEqual("/dev/stdout".utf8)
      || target.elementsEqual("/dev/stderr".utf8)
  }

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

  /// Whether every character of a field is numeric (ASCII digits by bytes, others by character).
  private func isNumber(_ field: ShellScript.Field) -> Bool {
    let word = text[field.start..<field.end]
    if word.allSatisfy({ $0 < 0x80 }) { return word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    return String(decoding: word, as: UTF8.self).allSatisfy(\.isNumber)
  }

  /// Whether a field's bytes are `NAME=value` (static, so that asking does not copy the scanner).
  private static func isAssignment(_ word: ArraySlice<UInt8>) -> Bool {
    guard let equals = word.firstIndex(of: UInt8(ascii: "=")) else { return false }
    // ASCII name bytes before an `=` followed by ASCII (or nothing) form the same characters,
    // so the byte test answers exactly; anything else takes the character test below.
    let next = equals + 1
    if word[..<equals].allSatisfy({ $0 < 0x80 }), next == word.endIndex || word[next] < 0x80 {
      return equals != word.startIndex && word[..<equals].allSatisfy { Self.isNameByte($0, first: false) }
    }
    let string = String(decoding: word, as: UTF8.self)
    guard let characterEquals = string.firstIndex(of: "="), characterEquals != string.startIndex else { return false }
    return string[..<characterEquals].utf8.allSatisfy { Self.isNameByte($0, first: false) }
      || string[..<characterEquals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
  }

  /// The number of bytes of the character starting at `index`.
  private func characterWidth(at index: Int) -> Int {
    let lead = bytes[index]
    let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return min(width, bytes.count - index)
  }

  /// Copies the character at `index` to `text`; returns its width.
  private mutating func copyCharacter(at index: Int) -> Int {
    let width = characterWidth(at: index)
    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + width)]))
    return width
  }

  /// Reads one word and splits it into the fields the shell would pass: quotes are removed,
  /// known variables replaced, other substitutions kept verbatim. An unquoted variable that
  /// expands to nothing leaves no field. Without `splitting` (an assignment, a redirection
  /// target) values are kept whole, as the shell keeps them. The fields' bytes are appended to
  /// `text`, the fields to `targets` or `fields`.
  private mutating func readFields(splitting: Bool, intoTargets: Bool) {
    fieldStart = text.count
    verbatim = position
    expansion = false
    quoted = false
    readingTargets = intoTargets
    scan: while position < bytes.count {
      // Most bytes of a word are plain: pass them in a tight loop before the full switch.
      var index = position
      while index < bytes.count, !Self.isSpecial(bytes[index]) { index += 1 }
      position = index
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
            position += 1 + copyCharacter(at: position + 1)
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
            position += 1 + copyCharacter(at: position + 1)
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
              if text.count > fieldStart { flush() }
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
    while end < bytes.count, Self.isNameByte(bytes[end], first: end == start) { end += 1 }
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
    while index < bytes.count, Self.isNameByte(bytes[index], first: index == position) { index += 1 }
    return index > position && index < bytes.count && bytes[index] == UInt8(ascii: "=")
  }

  private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
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
