/// The scanner behind `ShellCommand.split`, over the script's UTF-8 bytes.
///
/// Every byte it looks for is ASCII, and no byte of a multi-byte UTF-8 sequence is, so
/// scanning bytes finds the same places as scanning characters; a character after an escape
/// is copied whole.
struct ShellScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
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
        let target = word()
        if isOutput && !duplicates && !Self.discardTargets.contains(target.text) {
          current.redirectTargets.append(target)
        }
      default:
        let word = word()
        if current.words.isEmpty, isAssignment(word.text) {
          current.assignments.append(word.text)
        } else {
          current.words.append(word)
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

  /// Reads one word; quotes are removed, substitutions are kept verbatim.
  private mutating func word() -> ShellCommand.Word {
    var text: [UInt8] = []
    var expansion = false
    func finished() -> ShellCommand.Word {
      ShellCommand.Word(text: String(decoding: text, as: UTF8.self), hasExpansion: expansion)
    }
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "&"),
        UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "("), UInt8(ascii: ")"):
        if byte == UInt8(ascii: "("), text.last == UInt8(ascii: "$") { break }
        return finished()
      case UInt8(ascii: "\\"):
        if position + 1 < bytes.count {
          if bytes[position + 1] != UInt8(ascii: "\n") {
            position += 1 + copyCharacter(at: position + 1, to: &text)
          } else {
            position += 2
          }
        } else {
          position += 1
        }
        continue
      case UInt8(ascii: "'"):
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "'") { position += 1 }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        position += 1
        continue
      case UInt8(ascii: "\""):
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
          if bytes[position] == UInt8(ascii: "\\"), position + 1 < bytes.count {
            position += 1 + copyCharacter(at: position + 1, to: &text)
            continue
          }
          if bytes[position] == UInt8(ascii: "$") || bytes[position] == UInt8(ascii: "`") { expansion = true }
          text.append(bytes[position])
          position += 1
        }
        position += 1
        continue
      case UInt8(ascii: "$"), UInt8(ascii: "`"):
        expansion = true
      default:
        break
      }
      if byte == UInt8(ascii: "(") {
        copyBalanced(into: &text)
        continue
      }
      text.append(byte)
      position += 1
    }
    return finished()
  }

  /// Copies `( … )` with nesting, as part of a `$( … )` word.
  private mutating func copyBalanced(into text: inout [UInt8]) {
    var depth = 0
    while position < bytes.count {
      let byte = bytes[position]
      text.append(byte)
      position += 1
      if byte == UInt8(ascii: "(") { depth += 1 }
      if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return }
      }
    }
  }
}
