/// A builder flag such as `--from=build` at the start of an instruction's arguments.
public struct InstructionFlag: Hashable, Sendable {
  /// The flag as BuildKit reports it: the written word with its quotes and
  /// backslash escapes resolved (`--from=build` for `--from="build"`).
  public var text: String
  /// The bytes of the flag as written.
  public var range: Range<Int>

  /// Creates a flag.
  public init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }

  /// The flag's name without the leading dashes (`from` for `--from=build`).
  public var name: String {
    let body = text.hasPrefix("--") ? text.dropFirst(2) : Substring(text)
    return String(body.prefix { $0 != "=" })
  }

  /// The flag's value after `=`, or nil for a bare flag such as `--link`.
  public var value: String? {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    return String(text[text.index(after: equals)...])
  }
}
