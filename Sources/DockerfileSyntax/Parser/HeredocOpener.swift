/// A heredoc opener found on an instruction line (`<<EOF`, `<<-"END"`, `3<<X`).
struct HeredocOpener {
  var name: [UInt8]
  var fileDescriptor: Int?
  var expand: Bool
  var chomp: Bool

  /// BuildKit's `heredocsFromLine`: the words of the line (split with raw
  /// quotes and escapes) that match `^(\d*)<<(-?)([^<]*)$`.
  static func openers(in line: [UInt8]) throws(ShellWordLexer.Failure) -> [HeredocOpener] {
    var lexer = ShellWordLexer(line, rawQuotes: true, rawEscapes: true)
    guard let words = try? lexer.words() else { return [] }
    var openers: [HeredocOpener] = []
    for word in words {
      if let opener = try opener(word) {
        openers.append(opener)
      }
    }
    return openers
  }

  /// BuildKit's `ParseHeredoc` for one word.
  static func opener(_ word: [UInt8]) throws(ShellWordLexer.Failure) -> HeredocOpener? {
    var index = 0
    while index < word.count, word[index] >= 0x30, word[index] <= 0x39 {
      index += 1
    }
    let digits = word[0..<index]
    guard index + 1 < word.count, word[index] == UInt8(ascii: "<"), word[index + 1] == UInt8(ascii: "<") else {
      return nil
    }
    index += 2
    let chomp = index < word.count && word[index] == UInt8(ascii: "-")
    if chomp { index += 1 }
    while index < word.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(word[index]) {
      index += 1
    }
    let rest = Array(word[index...])
    guard !rest.isEmpty, !rest.contains(UInt8(ascii: "<")) else { return nil }
    var plainLexer = ShellWordLexer(rest, rawQuotes: false, rawEscapes: false)
    let plain = try plainLexer.words()
    guard plain.count == 1 else { return nil }
    var rawLexer = ShellWordLexer(rest, rawQuotes: true, rawEscapes: false)
    let raw = try rawLexer.words()
    guard raw.count == plain.count else {
      throw ShellWordLexer.Failure(message: "internal lexing of heredoc produced inconsistent results")
    }
    let quotes: ([UInt8]) -> Int = { $0.count { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") } }
    let descriptor = digits.isEmpty ? nil : Int(String(decoding: digits, as: UTF8.self)) ?? 0
    return HeredocOpener(
      name: plain[0], fileDescriptor: descriptor, expand: quotes(plain[0]) == quotes(raw[0]), chomp: chomp)
  }
}
