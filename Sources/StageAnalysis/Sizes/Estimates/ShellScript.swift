import DockerfileInstructions

/// A `RUN` script cut into simple commands the way a size model reads them: every word once,
/// its bytes (quotes removed, known variables replaced) side by side in one buffer, and each
/// command as ranges over the script's words.
///
/// This is not a shell: see `ShellScanner` for what it reads. A reader compares a word's bytes
/// with the names it knows and makes a `String` only of the words it keeps.
struct ShellScript: Sendable {
  /// One word: where its bytes lie in `text` and whether it held a substitution or variable.
  struct Field: Hashable, Sendable {
    var start: Int
    var end: Int
    var hasExpansion: Bool
  }

  /// The bytes of every word, one after another.
  let text: [UInt8]
  /// The assignments and words of every command, in script order.
  let fields: [Field]
  /// The output redirection targets of every command, in script order.
  let targets: [Field]
  /// The simple commands, in script order.
  let commands: [ShellCommand]

  /// Splits a script into simple commands, replacing the `variables` it knows.
  static func split(_ script: String, variables: ExpansionEnvironment = ExpansionEnvironment()) -> ShellScript {
    var source = script
    return source.withUTF8 { bytes in
      var scanner = ShellScanner(bytes, variables: variables)
      return scanner.script()
    }
  }

  /// A word's text.
  func string(_ field: Field) -> String {
    text.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]), as: UTF8.self)
    }
  }

  /// Whether a word is exactly `literal`.
  func field(_ field: Field, is literal: StaticString) -> Bool {
    literal.withUTF8Buffer { literal in bytes(of: field) { $0.elementsEqual(literal) } }
  }

  /// Whether a word starts with `prefix` (ASCII), as `String.hasPrefix` answers: a non-ASCII
  /// byte right after the prefix may join its last character, so the string decides then.
  func field(_ field: Field, hasPrefix prefix: StaticString) -> Bool {
    let count = prefix.withUTF8Buffer(\.count)
    let starts = prefix.withUTF8Buffer { prefix in
      bytes(of: field) { $0.count >= count && UnsafeBufferPointer(rebasing: $0[..<count]).elementsEqual(prefix) }
    }
    guard starts, field.end - field.start > count, text[field.start + count] >= 0x80 else { return starts }
    return string(field).hasPrefix(prefix.description)
  }

  /// Whether a word is an option (starts with `-`).
  func isOption(_ field: Field) -> Bool {
    self.field(field, hasPrefix: "-")
  }

  /// Hands a word's bytes to `body`.
  func bytes<Result>(of field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    text.withUnsafeBufferPointer { buffer in body(UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])) }
  }

  /// The command's name and arguments as fields.
  func words(of command: ShellCommand) -> ArraySlice<Field> { fields[command.words] }

  /// The fields after the command name.
  func argumentFields(of command: ShellCommand) -> ArraySlice<Field> { fields[command.words].dropFirst() }

  /// The command name's field, or nil for a command with no words.
  func nameField(of command: ShellCommand) -> Field? { command.words.isEmpty ? nil : fields[command.words.lowerBound] }

  /// The command name (`apt-get`), or nil for a command with no words.
  func name(of command: ShellCommand) -> String? { nameField(of: command).map(string) }

  /// The arguments after the command name, as text.
  func arguments(of command: ShellCommand) -> [String] { argumentFields(of: command).map(string) }

  /// The command name and its arguments, as text.
  func wordTexts(of command: ShellCommand) -> [String] { words(of: command).map(string) }

  /// The `NAME=value` assignments before the command name, as text.
  func assignments(of command: ShellCommand) -> [String] { fields[command.assignments].map(string) }

  /// The files the command's `>` and `>>` write, as written.
  func redirectTargets(of command: ShellCommand) -> ArraySlice<Field> { targets[command.redirectTargets] }

  /// Whether some argument of the command is exactly `literal`.
  func hasArgument(_ command: ShellCommand, _ literal: StaticString) -> Bool {
    argumentFields(of: command).contains { field($0, is: literal) }
  }

  /// The last element of the command name's path (`/usr/bin/apt-get` → `apt-get`), as bytes
  /// of `text`, the way `ImagePath.baseName` reads a path; nil for a command with no words.
  func baseNameField(of command: ShellCommand) -> Field? {
    guard var field = nameField(of: command) else { return nil }
    while field.end > field.start, text[field.end - 1] == UInt8(ascii: "/") { field.end -= 1 }
    var start = field.end
    while start > field.start, text[start - 1] != UInt8(ascii: "/") { start -= 1 }
    field.start = start
    return field
  }
}
