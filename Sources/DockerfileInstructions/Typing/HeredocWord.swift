/// BuildKit's `ParseHeredoc` for one word: is it `<<EOF`, `<<-"EOF"`, `3<<EOF`?
struct HeredocWord: Hashable {
  var name: String
  var expand: Bool
  var chomp: Bool
  var fileDescriptor: Int

  /// Parses `word` as `^(\d*)<<(-?)\s*([^<]*)$`, unquoting the name as BuildKit does; nil when it is not one.
  init?(_ word: String) {
    // Most words are paths: reject those without `<<` after the digits before copying any bytes.
    guard Self.startsLikeHeredoc(word) else { return nil }
    let bytes = Array(word.utf8)
    var index = 0
    while index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
    let digits = bytes[0..<index]
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "<") else {
      return nil
    }
    index += 2
    chomp = index < bytes.count && bytes[index] == UInt8(ascii: "-")
    if chomp { index += 1 }
    while index < bytes.count && [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[index]) { index += 1 }
    let rest = bytes[index...]
    guard !rest.isEmpty, !rest.contains(UInt8(ascii: "<")) else { return nil }
    let restText = String(decoding: rest, as: UTF8.self)
    var lexer = ShellWordExpander(escapeToken: "\\")
    lexer.skipUnsetEnv = true
    guard case .success(let words) = lexer.processWords(restText, in: ExpansionEnvironment()), words.count == 1
    else { return nil }
    lexer.rawQuotes = true
    guard case .success(let rawWords) = lexer.processWords(restText, in: ExpansionEnvironment()),
      rawWords.count == 1
    else { return nil }
    func quotes(_ text: String) -> Int { text.utf8.filter { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") }.count }
    name = words[0]
    expand = quotes(words[0]) == quotes(rawWords[0])
    fileDescriptor = Int(String(decoding: digits, as: UTF8.self)) ?? 0
  }

  /// Whether `word` is digits then `<<`; stops at the first byte that rules it out.
  private static func startsLikeHeredoc(_ word: String) -> Bool {
    var lessThans = 0
    for byte in word.utf8 {
      if lessThans == 0 && byte >= 0x30 && byte <= 0x39 { continue }
      guard byte == UInt8(ascii: "<") else { return false }
      lessThans += 1
      if lessThans == 2 { return true }
    }
    return false
  }

  /// BuildKit's `ChompHeredocContent`: removes leading tabs from every line.
  static func chomp(_ content: String) -> String {
    var out = String.UnicodeScalarView()
    var atLineStart = true
    for scalar in content.unicodeScalars {
      if atLineStart && scalar == "\t" { continue }
      atLineStart = scalar == "\n"
      out.append(scalar)
    }
    return String(out)
  }
}
