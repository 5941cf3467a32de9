/// One pass of the shell lexer over a word; the state behind `ShellWordExpander`.
struct ShellWordScanner {
  private let word: String
  private let scalars: [Unicode.Scalar]
  private let environment: ExpansionEnvironment
  private let options: ShellWordExpander
  private var position = 0
  private var rawEscapes: Bool
  /// BuildKit shares one words buffer across nested `processStopOn` calls, so a nested
  /// `${v:-…}` clears the word collected so far; kept to split words as BuildKit does.
  private var wordBuffer = String.UnicodeScalarView()
  private(set) var referenced: [String] = []
  private(set) var unset: [String] = []
  private var seen: Set<String> = []

  init(word: String, environment: ExpansionEnvironment, options: ShellWordExpander) {
    self.word = word
    self.scalars = Array(word.unicodeScalars)
    self.environment = environment
    self.options = options
    self.rawEscapes = options.rawEscapes
  }

  private struct WordCollector {
    var words: [String] = []
    var inWord = false
  }

  // MARK: - Scanning

  private func peek() -> Unicode.Scalar? {
    position < scalars.count ? scalars[position] : nil
  }

  private mutating func next() -> Unicode.Scalar? {
    guard position < scalars.count else { return nil }
    defer { position += 1 }
    return scalars[position]
  }

  private func failure(_ kind: ExpansionError.Kind, at index: Int? = nil) -> ExpansionError {
    let end = min(index ?? position, scalars.count)
    var offset = 0
    for scalar in scalars[0..<end] { offset += UTF8.width(scalar) }
    return ExpansionError(kind: kind, word: word, offset: offset)
  }

  // MARK: - Words

  private mutating func addChar(_ scalar: Unicode.Scalar, _ collector: inout WordCollector) {
    let space = CharacterClass.isSpace(scalar)
    if space && collector.inWord {
      if !wordBuffer.isEmpty {
        collector.words.append(String(wordBuffer))
        wordBuffer.removeAll(keepingCapacity: true)
        collector.inWord = false
      }
    } else if !space {
      wordBuffer.append(scalar)
      collector.inWord = true
    }
  }

  private mutating func finishWords(_ collector: inout WordCollector) -> [String] {
    if !wordBuffer.isEmpty {
      collector.words.append(String(wordBuffer))
      wordBuffer.removeAll(keepingCapacity: true)
      collector.inWord = false
    }
    return collector.words
  }

  // MARK: - Lexing

  mutating func processStopOn(
    _ stop: Unicode.Scalar?, rawEscapes: Bool
  ) throws(ExpansionError) -> (String, [String]) {
    var result = String.UnicodeScalarView()
    var collector = WordCollector()
    wordBuffer.removeAll(keepingCapacity: true)
    let savedRawEscapes = self.rawEscapes
    self.rawEscapes = rawEscapes
    defer { self.rawEscapes = savedRawEscapes }

    while let scalar = peek() {
      if let stop, scalar == stop {
        position += 1
        return (String(result), finishWords(&collector))
      }
      let isQuote = !options.skipProcessQuotes && (scalar == "'" || scalar == "\"")
      if scalar == "$" || isQuote {
        let piece: String.UnicodeScalarView
        if scalar == "$" {
          piece = try processDollar()
          result.append(contentsOf: piece)
          for character in piece { addChar(character, &collector) }
        } else {
          piece = scalar == "'" ? try processSingleQuote() : try processDoubleQuote()
          result.append(contentsOf: piece)
          wordBuffer.append(contentsOf: piece)
          collector.inWord = true
        }
        continue
      }
      position += 1
      var character = scalar
      if character == options.escapeToken {
        if self.rawEscapes {
          wordBuffer.append(character)
          collector.inWord = true
          result.append(character)
        }
        guard let escaped = next() else { break }
        character = escaped
        wordBuffer.append(character)
        collector.inWord = true
      } else {
        addChar(character, &collector)
      }
      result.append(character)
    }
    if let stop {
      throw failure(.unterminated(closing: Character(stop)))
    }
    return (String(result), finishWords(&collector))
  }

  private mutating func processSingleQuote() throws(ExpansionError) -> String.UnicodeScalarView {
    var result = String.UnicodeScalarView()
    let start = position
    position += 1
    if options.rawQuotes { result.append("'") }
    while true {
      guard let scalar = next() else { throw failure(.unterminatedSingleQuote, at: start) }
      if scalar == "'" {
        if options.rawQuotes { result.append(scalar) }
        return result
      }
      result.append(scalar)
    }
  }

  private mutating func processDoubleQuote() throws(ExpansionError) -> String.UnicodeScalarView {
    var result = String.UnicodeScalarView()
    let start = position
    position += 1
    if options.rawQuotes { result.append("\"") }
    while true {
      guard let scalar = peek() else { throw failure(.unterminatedDoubleQuote, at: start) }
      if scalar == "\"" {
        position += 1
        if options.rawQuotes { result.append(scalar) }
        return result
      }
      if scalar == "$" {
        result.append(contentsOf: try processDollar())
        continue
      }
      position += 1
      var character = scalar
      if character == options.escapeToken {
        if rawEscapes { result.append(character) }
        guard let following = peek() else { continue }
        if following == "\"" || following == "$" || following == options.escapeToken {
          character = following
          position += 1
        }
      }
      result.append(character)
    }
  }

  private mutating func processDollar() throws(ExpansionError) -> String.UnicodeScalarView {
    let start = position
    position += 1
    if peek() != "{" {
      let name = processName()
      if name.isEmpty { return "$".unicodeScalars }
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv { return ("$" + name).unicodeScalars }
      return (value ?? "").unicodeScalars
    }
    position += 1
    switch peek() {
    case nil: throw failure(.missingClosingBrace)
    case "{", "}", ":": throw failure(.badSubstitution)
    default: break
    }
    let name = processName()
    let operatorStart = position
    let first = next()
    var modifier = String(first.map(Character.init) ?? "\u{FFFD}")
    switch first {
    case "}":
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv { return "${\(name)}".unicodeScalars }
      return (value ?? "").unicodeScalars
    case ":", "+", "-", "?", "#", "%":
      var operation = first
      let nullIsUnset = first == ":"
      if nullIsUnset {
        operation = next()
        modifier.append(operation.map(Character.init) ?? "\u{FFFD}")
      }
      let isPattern = operation == "#" || operation == "%"
      if nullIsUnset && isPattern {
        throw failure(.unsupportedModifier(modifier), at: operatorStart)
      }
      let argument = try nestedWord(until: "}", rawEscapes: isPattern, missing: .missingClosingBrace)
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv {
        return "${\(name)\(modifier)\(argument)}".unicodeScalars
      }
      return try applyModifier(
        operation, name: name, value: value, argument: argument, nullIsUnset: nullIsUnset,
        modifier: modifier, start: start, operatorStart: operatorStart)
    case "/":
      let replaceAll = peek() == "/"
      if replaceAll { position += 1 }
      let pattern = try nestedWord(until: "/", rawEscapes: true, missing: .missingReplacementSlash)
      let replacement = try nestedWord(until: "}", rawEscapes: true, missing: .missingClosingBrace)
      let value = lookup(name)
      if value == nil && options.skipUnsetEnv {
        return "${\(name)/\(pattern)/\(replacement)}".unicodeScalars
      }
      switch ShellPattern.replace(
        in: value ?? "", pattern: pattern, with: replacement, all: replaceAll)
      {
      case .success(let replaced): return replaced.unicodeScalars
      case .failure(let error):
        throw failure(.invalidPattern(pattern: error.pattern, reason: error.reason), at: start)
      }
    default:
      throw failure(.unsupportedModifier(modifier), at: operatorStart)
    }
  }

  private mutating func nestedWord(
    until stop: Unicode.Scalar, rawEscapes: Bool, missing: ExpansionError.Kind
  ) throws(ExpansionError) -> String {
    do {
      return try processStopOn(stop, rawEscapes: rawEscapes).0
    } catch {
      if peek() == nil { throw failure(missing) }
      throw error
    }
  }

  private func applyModifier(
    _ operation: Unicode.Scalar?, name: String, value: String?, argument: String,
    nullIsUnset: Bool, modifier: String, start: Int, operatorStart: Int
  ) throws(ExpansionError) -> String.UnicodeScalarView {
    let absent = value == nil || (nullIsUnset && value == "")
    switch operation {
    case "-":
      return (absent ? argument : value ?? "").unicodeScalars
    case "+":
      return (absent ? "" : argument).unicodeScalars
    case "?":
      if value == nil {
        let message = argument.isEmpty ? "is not allowed to be unset" : argument
        throw failure(.required(name: name, message: message), at: start)
      }
      if nullIsUnset && value == "" {
        let message = argument.isEmpty ? "is not allowed to be empty" : argument
        throw failure(.required(name: name, message: message), at: start)
      }
      return (value ?? "").unicodeScalars
    case "#", "%":
      var pattern = argument
      var greedy = false
      if let firstScalar = pattern.unicodeScalars.first, firstScalar == operation {
        greedy = true
        pattern.unicodeScalars.removeFirst()
      }
      let trimmed =
        operation == "%"
        ? ShellPattern.trimSuffix(pattern, from: value ?? "", greedy: greedy)
        : ShellPattern.trimPrefix(pattern, from: value ?? "", greedy: greedy)
      switch trimmed {
      case .success(let text): return text.unicodeScalars
      case .failure(let error):
        throw failure(.invalidPattern(pattern: error.pattern, reason: error.reason), at: start)
      }
    default:
      throw failure(.unsupportedModifier(modifier), at: operatorStart)
    }
  }

  private mutating func processName() -> String {
    var name = String.UnicodeScalarView()
    while let scalar = peek() {
      if name.isEmpty && CharacterClass.isDigit(scalar) {
        while let digit = peek(), CharacterClass.isDigit(digit) {
          name.append(digit)
          position += 1
        }
        return String(name)
      }
      if name.isEmpty && Self.isSpecialParameter(scalar) {
        position += 1
        return String(scalar)
      }
      guard CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) || scalar == "_" else {
        break
      }
      name.append(scalar)
      position += 1
    }
    return String(name)
  }

  private static func isSpecialParameter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "@", "*", "#", "?", "-", "$", "!", "0": return true
    default: return false
    }
  }

  private mutating func lookup(_ name: String) -> String? {
    let value = environment.value(of: name)
    if seen.insert(name).inserted {
      if value == nil { unset.append(name) } else { referenced.append(name) }
    }
    return value
  }
}
